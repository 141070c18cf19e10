using System.IO.Compression;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>
/// A real Kestrel server on 127.0.0.1 with an OS-chosen port, serving the good and bad behaviour the fetcher
/// must survive. Loopback only: no test traffic leaves the machine.
/// </summary>
public sealed class FakeWebServer : IAsyncLifetime
{
    public const string CurrentETag = "\"v1\"";
    public const string FeedText = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fake</title></channel></rss>";
    public const int BombBytes = 16 * 1024 * 1024;
    public const int HugeBytes = 2 * 1024 * 1024;

    // Spaces, not zeros: the bomb must be refused for its size, not because it sniffs as binary.
    private static readonly byte[] Bomb = Gzip(Encoding.ASCII.GetBytes(new string(' ', BombBytes)));

    private WebApplication? _app;

    // The Cyrillic fixture is served in Windows-1251, which .NET only knows with the code-pages provider.
    static FakeWebServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public int Port { get; private set; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _app = builder.Build();
        Map(_app);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        Port = new Uri(address).Port;
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static void Map(WebApplication app)
    {
        app.MapGet("/feed.xml", () => Results.Text(FeedText, "application/rss+xml", Encoding.UTF8));
        app.MapGet("/text", () => Results.Text("plain words", "text/plain"));
        app.MapGet("/etag", (HttpContext context) =>
        {
            context.Response.Headers.ETag = CurrentETag;
            context.Response.Headers.LastModified = "Wed, 21 Oct 2026 07:28:00 GMT";
            return context.Request.Headers.IfNoneMatch == CurrentETag
                ? Results.StatusCode(StatusCodes.Status304NotModified)
                : Results.Text(FeedText, "application/rss+xml");
        });
        app.MapGet("/error", () => Results.StatusCode(StatusCodes.Status500InternalServerError));
        app.MapGet("/busy", (HttpContext context) =>
        {
            context.Response.Headers.RetryAfter = "120";
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        });
        app.MapGet("/drip", async (HttpContext context) =>
        {
            // Headers at once, then a byte a tenth of a second for a minute: only the client's timeout ends it.
            context.Response.ContentType = "text/plain";
            await context.Response.StartAsync(context.RequestAborted);
            for (var i = 0; i < 600 && !context.RequestAborted.IsCancellationRequested; i++)
            {
                await context.Response.Body.WriteAsync("x"u8.ToArray(), context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
                await Task.Delay(100, context.RequestAborted);
            }
        });
        app.MapGet("/huge", async (HttpContext context) =>
        {
            // No Content-Length: the cap has to stop the read while streaming.
            context.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
            for (var written = 0; written < HugeBytes; written += chunk.Length)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
        });
        app.MapGet("/huge-declared", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength = HugeBytes;
            await context.Response.Body.WriteAsync(Encoding.ASCII.GetBytes(new string('a', HugeBytes)), context.RequestAborted);
        });
        app.MapGet("/bomb", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html";
            context.Response.Headers.ContentEncoding = "gzip";
            await context.Response.Body.WriteAsync(Bomb, context.RequestAborted);
        });
        app.MapGet("/gzip", (HttpContext context) => Encoded(context, "gzip", Gzip(Encoding.UTF8.GetBytes(FeedText))));
        app.MapGet("/brotli", (HttpContext context) => Encoded(context, "br", Brotli(Encoding.UTF8.GetBytes(FeedText))));
        // A valid gzip header, then a deflate block of the reserved type 3: invalid data, not merely truncated.
        app.MapGet("/corrupt-gzip", (HttpContext context) => Encoded(context, "gzip", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x07, 0x00, 0x00, 0x00]));
        app.MapGet("/zstd", (HttpContext context) => Encoded(context, "zstd", Encoding.UTF8.GetBytes(FeedText)));
        app.MapGet("/untyped", async (HttpContext context) => await context.Response.Body.WriteAsync("no type given"u8.ToArray(), context.RequestAborted));
        app.MapGet("/meta-charset", () => Results.Bytes(
            Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>Новости</body></html>"), "text/html"));
        app.MapGet("/cyrillic", () => Results.Bytes(Encoding.GetEncoding(1251).GetBytes("Привет, мир"), "text/plain; charset=windows-1251"));
        app.MapGet("/image.png", () => Results.Bytes(Png, "image/png"));
        app.MapGet("/disguised", () => Results.Bytes(Png, "text/html"));
        app.MapGet("/redirect/{hops:int}", (int hops) =>
            hops > 0 ? Results.Redirect($"/redirect/{hops - 1}") : Results.Text("arrived", "text/plain"));
        app.MapGet("/to-private", () => Results.Redirect("http://internal.test/admin"));
        app.MapGet("/to-metadata", () => Results.Redirect("http://169.254.169.254/latest/meta-data/"));
        app.MapGet("/to-file", () => Results.Redirect("file:///etc/passwd"));
    }

    private static async Task Encoded(HttpContext context, string encoding, byte[] body)
    {
        context.Response.ContentType = "application/rss+xml";
        context.Response.Headers.ContentEncoding = encoding;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    // The start of a real PNG: signature, then an IHDR chunk whose length field has NUL bytes.
    private static readonly byte[] Png =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06];

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    private static byte[] Brotli(byte[] data)
    {
        using var output = new MemoryStream();
        using (var brotli = new BrotliStream(output, CompressionLevel.Optimal))
        {
            brotli.Write(data);
        }

        return output.ToArray();
    }
}
