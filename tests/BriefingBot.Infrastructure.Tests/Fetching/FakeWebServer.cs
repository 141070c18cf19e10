using System.IO.Compression;
using System.Text;
using BriefingBot.Tests.Sources;
using Microsoft.AspNetCore.Http;

namespace BriefingBot.Infrastructure.Tests.Fetching;

/// <summary>
/// The good and bad behaviour the fetcher must survive, as fixed routes on a <see cref="FeedServer"/>
/// (a real Kestrel server on 127.0.0.1; no test traffic leaves the machine).
/// </summary>
public sealed class FakeWebServer : IAsyncLifetime
{
    public const string CurrentETag = "\"v1\"";
    public const string FeedText = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Fake</title></channel></rss>";
    public const int BombBytes = 16 * 1024 * 1024;
    public const int HugeBytes = 2 * 1024 * 1024;
    private const int RedirectChainLength = 8;

    // The start of a real PNG: signature, then an IHDR chunk whose length field has NUL bytes.
    private static readonly byte[] Png =
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06];

    private FeedServer? _server;

    // The Cyrillic fixture is served in Windows-1251, which .NET only knows with the code-pages provider.
    static FakeWebServer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public int Port => Server.Port;

    private FeedServer Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public Uri Url(string path) => new(Server.Url(path));

    public async Task InitializeAsync()
    {
        _server = await FeedServer.StartAsync();
        Map(_server);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    private static void Map(FeedServer server)
    {
        server.Feed("/feed.xml", FeedText);
        server.Text("/text", "plain words", "text/plain");
        server.FeedWithETag("/etag", FeedText, CurrentETag, lastModified: "Wed, 21 Oct 2026 07:28:00 GMT");
        server.Status("/error", StatusCodes.Status500InternalServerError);
        server.Status("/busy", StatusCodes.Status503ServiceUnavailable, retryAfter: "120");
        server.Drip("/drip");
        server.Huge("/huge", HugeBytes);
        server.Huge("/huge-declared", HugeBytes, declareLength: true);
        server.GzipBomb("/bomb", BombBytes);
        server.Encoded("/gzip", "gzip", FeedServer.Gzip(Encoding.UTF8.GetBytes(FeedText)));
        server.Encoded("/brotli", "br", Brotli(Encoding.UTF8.GetBytes(FeedText)));
        // A valid gzip header, then a deflate block of the reserved type 3: invalid data, not merely truncated.
        server.Encoded("/corrupt-gzip", "gzip", [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF, 0x07, 0x00, 0x00, 0x00]);
        server.Encoded("/zstd", "zstd", Encoding.UTF8.GetBytes(FeedText));
        server.Bytes("/untyped", "no type given"u8.ToArray(), contentType: null);
        server.Bytes("/meta-charset", Encoding.GetEncoding(1251).GetBytes("<html><head><meta charset=\"windows-1251\"></head><body>Новости</body></html>"), "text/html");
        server.Bytes("/cyrillic", Encoding.GetEncoding(1251).GetBytes("Привет, мир"), "text/plain; charset=windows-1251");
        server.Bytes("/image.png", Png, "image/png");
        server.Bytes("/disguised", Png, "text/html");
        server.Text("/redirect/0", "arrived", "text/plain");
        for (var hops = 1; hops <= RedirectChainLength; hops++)
        {
            server.Redirect($"/redirect/{hops}", $"/redirect/{hops - 1}");
        }

        server.Redirect("/to-private", "http://internal.test/admin");
        server.Redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
        server.Redirect("/to-file", "file:///etc/passwd");
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
