using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BriefingBot.LoadHarness;

/// <summary>The real service as its own process: built in Release from the repository, run with "dotnet BriefingBot.dll".</summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Pid => _process.Id;

    /// <summary>Builds src/BriefingBot in Release and returns the path of BriefingBot.dll.</summary>
    public static async Task<string> BuildAsync()
    {
        var root = RepositoryRoot();
        var project = Path.Combine(root, "src", "BriefingBot", "BriefingBot.csproj");
        var build = await RunAsync("dotnet", ["build", project, "-c", "Release", "--nologo", "-v", "quiet"]);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException("Release build of the service failed:\n" + build.Output);
        }

        return Path.Combine(root, "src", "BriefingBot", "bin", "Release", "net10.0", "BriefingBot.dll");
    }

    /// <summary>Runs the CLI to completion (e.g. "ingest"), with its output discarded except the last lines.</summary>
    public static Task<(int ExitCode, string Output)> RunCliAsync(string dll, params string[] args) => RunAsync("dotnet", [dll, .. args]);

    public static async Task<ServiceProcess> StartAsync(string dll, string dataDirectory, params string[] settings)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { dll, "serve", "--data", dataDirectory, $"--urls=http://127.0.0.1:{port}" }.Concat(settings))
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        var process = Process.Start(start)!;
        // Drain the service's console so a full pipe never blocks it; the harness does not show it.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);

        var address = new Uri($"http://127.0.0.1:{port}/");
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The service exited at start with code {process.ExitCode}.");
            }

            try
            {
                using var health = await client.GetAsync("healthz");
                if (health.IsSuccessStatusCode)
                {
                    return new ServiceProcess(process, address);
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException("The service did not answer /healthz within 2 minutes.");
            }

            await Task.Delay(200); // polling a separate process's readiness; nothing to wait on instead
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BriefingBot.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run the harness from the repository (BriefingBot.sln not found above " + AppContext.BaseDirectory + ").");
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, string[] args)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var tail = new Queue<string>();
        var error = process.StandardError.ReadToEndAsync();
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            tail.Enqueue(line);
            if (tail.Count > 20)
            {
                tail.Dequeue();
            }
        }

        await process.WaitForExitAsync();
        return (process.ExitCode, string.Join('\n', tail) + await error);
    }
}
