using System.Collections.Concurrent;
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

namespace BriefingBot.Tests.Sources;

/// <summary>
/// A real Kestrel server on 127.0.0.1 whose pages a test sets and changes while it runs: feeds that gain
/// items, 304s, 500s, slow drips, huge bodies, gzip bombs, redirects to private addresses. It counts requests
/// and keeps their conditional headers so a test can see what the poller sent.
/// </summary>
public sealed class FeedServer : IAsyncDisposable
{
    // Compressing megabytes takes a while; every server that serves a bomb of one size shares it.
    private static readonly ConcurrentDictionary<int, byte[]> Bombs = new();

    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _hits = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Path, string? IfNoneMatch, string? IfModifiedSince)> _requests = new();
    private readonly WebApplication _app;

    private FeedServer(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public static async Task<FeedServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        FeedServer? server = null;
        app.Run(context => server!.HandleAsync(context));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new FeedServer(app, new Uri(address).Port);
        return server;
    }

    /// <summary>The URL of <paramref name="path"/> under <paramref name="host"/> (a name the test's resolver maps to 127.0.0.1).</summary>
    public string Url(string path, string host = "127.0.0.1") => $"http://{host}:{Port}{path}";

    public int Hits(string path) => _hits.GetValueOrDefault(path);

    public IReadOnlyList<(string Path, string? IfNoneMatch, string? IfModifiedSince)> Requests => _requests.ToList();

    public void Route(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void Text(string path, string body, string contentType) => Route(path, context =>
    {
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body, context.RequestAborted);
    });

    public void Feed(string path, string rss) => Text(path, rss, "application/rss+xml; charset=utf-8");

    public void Page(string path, string html) => Text(path, html, "text/html; charset=utf-8");

    public void Bytes(string path, byte[] body, string? contentType) => Route(path, async context =>
    {
        if (contentType is not null)
        {
            context.Response.ContentType = contentType;
        }

        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    /// <summary>A body already compressed with <paramref name="encoding"/> (or claiming to be).</summary>
    public void Encoded(string path, string encoding, byte[] body) => Route(path, async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        context.Response.Headers.ContentEncoding = encoding;
        await context.Response.Body.WriteAsync(body, context.RequestAborted);
    });

    /// <summary>A feed with an ETag: answers 304 to a request that sends the ETag back.</summary>
    public void FeedWithETag(string path, string rss, string etag, string? lastModified = null) => Route(path, context =>
    {
        context.Response.Headers.ETag = etag;
        if (lastModified is not null)
        {
            context.Response.Headers.LastModified = lastModified;
        }

        if (context.Request.Headers.IfNoneMatch == etag)
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        context.Response.ContentType = "application/rss+xml";
        return context.Response.WriteAsync(rss, context.RequestAborted);
    });

    public void Status(string path, int status, string? retryAfter = null) => Route(path, context =>
    {
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    /// <summary>Headers at once, then one byte every 100 ms for a minute: only the fetch timeout ends it.</summary>
    public void Drip(string path) => Route(path, async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        await context.Response.StartAsync(context.RequestAborted);
        for (var i = 0; i < 600 && !context.RequestAborted.IsCancellationRequested; i++)
        {
            await context.Response.Body.WriteAsync("<"u8.ToArray(), context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(100, context.RequestAborted);
        }
    });

    /// <summary>Streams <paramref name="bytes"/> of text, without a Content-Length unless <paramref name="declareLength"/>.</summary>
    public void Huge(string path, int bytes, bool declareLength = false) => Route(path, async context =>
    {
        context.Response.ContentType = "application/rss+xml";
        if (declareLength)
        {
            context.Response.ContentLength = bytes;
        }

        var chunk = Encoding.ASCII.GetBytes(new string('a', 64 * 1024));
        for (var written = 0; written < bytes && !context.RequestAborted.IsCancellationRequested; written += chunk.Length)
        {
            await context.Response.Body.WriteAsync(chunk.AsMemory(0, Math.Min(chunk.Length, bytes - written)), context.RequestAborted);
        }
    });

    /// <summary>A small gzip body that expands to <paramref name="expandedBytes"/> of spaces.</summary>
    /// <remarks>Spaces, not zeros: the bomb must be refused for its size, not because it sniffs as binary.</remarks>
    public void GzipBomb(string path, int expandedBytes) =>
        Encoded(path, "gzip", Bombs.GetOrAdd(expandedBytes, size => Gzip(Encoding.ASCII.GetBytes(new string(' ', size)))));

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }

    public void Redirect(string path, string location) => Route(path, context =>
    {
        context.Response.StatusCode = StatusCodes.Status302Found;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        _hits.AddOrUpdate(path, 1, (_, n) => n + 1);
        _requests.Enqueue((path, context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } etag ? etag : null,
            context.Request.Headers.IfModifiedSince.ToString() is { Length: > 0 } since ? since : null));
        if (_routes.TryGetValue(path, out var handler))
        {
            return handler(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
