using BriefingBot.Tests.Cli;

namespace BriefingBot.Tests.Robustness;

/// <summary>
/// Bad arguments and binary or hostile files at the command line: a one-line error and a non-zero exit
/// (or a per-file failure line), never an unhandled exception.
/// </summary>
public sealed class CliFuzzTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string[]> BadArguments() => new()
    {
        new[] { "ingest" },
        new[] { "ingest", "--data" },
        new[] { "ask" },
        new[] { "ask", "", "--data", "{data}" },
        new[] { "quotes", "--nope" },
        new[] { "summarize", "/dev/null/x" },
        new[] { "sources", "add", "--data", "{data}" },
        new[] { "sources", "add", "javascript:alert(1)", "--data", "{data}" },
        new[] { "sources", "remove", "..", "--data", "{data}" },
        new[] { "sources", "pause", "99999999999999999999", "--data", "{data}" },
        new[] { "poll", "--once", "--data", "{data}/\u0000" },
        new[] { "api-key", "create", "", "--data", "{data}" },
        new[] { "--data", "{data}", "no-such-command" },
        new[] { "ingest", "{data}/missing.txt", "--data", "{data}" },
        new[] { "\u0001\u0002", "--\u00ff" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task Bad_arguments_end_with_an_error_exit_not_an_exception(string[] args)
    {
        var data = _folder.Combine("data");
        var run = await CliRun.InvokeAsync([.. args.Select(a => a.Replace("{data}", data, StringComparison.Ordinal))]);

        Assert.NotEqual(0, run.ExitCode);
        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binary_and_hostile_files_are_reported_per_file_and_the_rest_is_stored()
    {
        var random = new Random(11);
        var bytes = new byte[64 * 1024];
        random.NextBytes(bytes);
        _folder.Write("in/random.txt", bytes);
        _folder.Write("in/zeros.md", new byte[10_000]);
        _folder.Write("in/elf.html", [0x7F, .. "ELF"u8.ToArray(), .. bytes[..2000]]);
        _folder.Write("in/invalid-utf8.txt", [.. "Title: x\n\n"u8.ToArray(), 0xC3, 0x28, 0xFF, 0xFE]);
        _folder.Write("in/deep.html", System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<div>", 50_000))));
        _folder.Write("in/control.md", System.Text.Encoding.UTF8.GetBytes("Title: \u0000\u001b[2J\n\n" + new string('\u0007', 5000)));
        _folder.Write("in/good.txt", new SyntheticArticles().Create(1).ToFileText());

        var run = await CliRun.InvokeAsync("ingest", _folder.Combine("in"), "--data", _folder.Combine("data"));

        Assert.DoesNotContain("   at ", run.Output + run.Error, StringComparison.Ordinal);
        Assert.Contains("stored #", run.Output, StringComparison.Ordinal);
        Assert.Contains("failed  ", run.Output, StringComparison.Ordinal);

        foreach (var command in new[] { "quotes", "summarize" })
        {
            var other = await CliRun.InvokeAsync(command, _folder.Combine("in", "random.txt"));
            Assert.DoesNotContain("   at ", other.Output + other.Error, StringComparison.Ordinal);
        }
    }
}
