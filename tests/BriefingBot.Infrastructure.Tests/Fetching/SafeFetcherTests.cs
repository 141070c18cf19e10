using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Tests.Fetching;

public sealed class SafeFetcherTests : IClassFixture<FakeWebServer>, IDisposable
{
    private readonly FakeWebServer _server;
    private readonly Fetchers _fetchers = new();
    private readonly SafeFetcher _fetcher;

    public SafeFetcherTests(FakeWebServer server)
    {
        _server = server;
        _fetcher = _fetchers.Create(Fetchers.LoopbackOptions());
    }

    public void Dispose() => _fetchers.Dispose();

    [Fact]
    public async Task A_text_feed_is_returned_decoded_with_its_content_type()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/feed.xml"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(FakeWebServer.FeedText, result.Text);
        Assert.Equal("application/rss+xml", result.ContentType);
        Assert.Equal("utf-8", result.Charset);
        Assert.Equal(200, result.HttpStatus);
        Assert.Null(result.Reason);
    }

    [Fact]
    public async Task An_unchanged_resource_answers_not_modified_when_its_etag_is_sent_back()
    {
        var first = await _fetcher.FetchAsync(_server.Url("/etag"), null, CancellationToken.None);
        var second = await _fetcher.FetchAsync(_server.Url("/etag"), first.Validators, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal(FakeWebServer.CurrentETag, first.ETag);
        Assert.Equal(new DateTimeOffset(2026, 10, 21, 7, 28, 0, TimeSpan.Zero), first.LastModified);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Equal(304, second.HttpStatus);
        Assert.Null(second.Text);
        Assert.Equal(FakeWebServer.CurrentETag, second.ETag);
    }

    [Fact]
    public async Task A_server_error_is_a_failure_naming_the_status()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/error"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(500, result.HttpStatus);
        Assert.Contains("HTTP 500", result.Reason);
    }

    [Fact]
    public async Task Retry_after_is_reported_with_the_failure()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/busy"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task A_slow_drip_past_the_timeout_fails_as_timed_out()
    {
        var fetcher = _fetchers.Create(Fetchers.LoopbackOptions(o => o.Timeout = TimeSpan.FromSeconds(1)));

        var result = await fetcher.FetchAsync(_server.Url("/drip"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("timed out after 1 s", result.Reason);
    }

    [Fact]
    public async Task The_callers_cancellation_propagates_instead_of_becoming_a_result()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _fetcher.FetchAsync(_server.Url("/text"), null, cancel.Token));
    }

    [Theory]
    [InlineData("/huge")]
    [InlineData("/huge-declared")]
    public async Task A_body_over_the_response_cap_is_refused(string path)
    {
        var fetcher = _fetchers.Create(Fetchers.LoopbackOptions(o => o.MaxResponseBytes = 1024 * 1024));

        var result = await fetcher.FetchAsync(_server.Url(path), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("response body exceeds 1 MB", result.Reason);
    }

    [Fact]
    public async Task A_gzip_bomb_is_refused_for_its_decompressed_size()
    {
        var fetcher = _fetchers.Create(Fetchers.LoopbackOptions(o => o.MaxDecompressedBytes = 1024 * 1024));

        var result = await fetcher.FetchAsync(_server.Url("/bomb"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("decompressed body exceeds 1 MB", result.Reason);
    }

    [Theory]
    [InlineData("/gzip")]
    [InlineData("/brotli")]
    public async Task A_compressed_feed_is_decompressed(string path)
    {
        var result = await _fetcher.FetchAsync(_server.Url(path), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal(FakeWebServer.FeedText, result.Text);
    }

    [Fact]
    public async Task The_declared_charset_decodes_the_body()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/cyrillic"), null, CancellationToken.None);

        Assert.Equal("Привет, мир", result.Text);
        Assert.Equal("windows-1251", result.Charset);
    }

    [Fact]
    public async Task Redirects_up_to_the_limit_are_followed_to_the_final_url()
    {
        var fetcher = _fetchers.Create(Fetchers.LoopbackOptions(o => o.MaxRedirects = 3));

        var result = await fetcher.FetchAsync(_server.Url("/redirect/3"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("arrived", result.Text);
        Assert.Equal(_server.Url("/redirect/0"), result.FinalUrl);
        Assert.Equal(_server.Url("/redirect/3"), result.RequestedUrl);
    }

    [Fact]
    public async Task A_redirect_chain_over_the_limit_is_refused()
    {
        var fetcher = _fetchers.Create(Fetchers.LoopbackOptions(o => o.MaxRedirects = 3));

        var result = await fetcher.FetchAsync(_server.Url("/redirect/4"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("more than 3 redirects", result.Reason);
    }

    [Fact]
    public async Task A_binary_content_type_is_refused()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/image.png"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("content type 'image/png' is not text", result.Reason);
    }

    [Fact]
    public async Task Image_bytes_served_as_html_are_refused()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/disguised"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("a PNG image, not text", result.Reason);
    }

    [Fact]
    public async Task A_redirect_to_a_file_url_is_refused()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/to-file"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("only http and https", result.Reason);
        Assert.Equal(new Uri("file:///etc/passwd"), result.FinalUrl);
    }

    [Fact]
    public async Task A_refused_connection_is_a_failure_not_an_exception()
    {
        // Port 1 on loopback: nothing listens there, so the connect is refused at once.
        var result = await _fetcher.FetchAsync(new Uri("http://127.0.0.1:1/"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("connection failed", result.Reason);
    }

    [Fact]
    public async Task The_callers_cancellation_mid_download_propagates()
    {
        using var cancel = new CancellationTokenSource();
        // The drip lasts a minute and the fetch timeout is 10 s: whenever this fires, it is the caller's cancellation.
        cancel.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _fetcher.FetchAsync(_server.Url("/drip"), null, cancel.Token));
    }

    [Fact]
    public async Task A_corrupt_gzip_body_is_a_failure_not_an_exception()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/corrupt-gzip"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Failed, result.Status);
        Assert.Contains("not valid gzip data", result.Reason);
    }

    [Fact]
    public async Task An_unsupported_content_encoding_is_refused()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/zstd"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Refused, result.Status);
        Assert.Contains("unsupported content encoding 'zstd'", result.Reason);
    }

    [Fact]
    public async Task A_text_body_without_a_content_type_is_accepted_after_sniffing()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/untyped"), null, CancellationToken.None);

        Assert.Equal(FetchStatus.Ok, result.Status);
        Assert.Equal("no type given", result.Text);
        Assert.Null(result.ContentType);
    }

    [Fact]
    public async Task A_meta_charset_decodes_a_page_whose_header_names_none()
    {
        var result = await _fetcher.FetchAsync(_server.Url("/meta-charset"), null, CancellationToken.None);

        Assert.Contains("Новости", result.Text);
        Assert.Equal("windows-1251", result.Charset);
    }
}
