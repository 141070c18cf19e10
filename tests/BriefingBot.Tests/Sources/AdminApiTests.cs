using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Sources;

/// <summary>/admin/sources on the real service: API keys checked against their hashes, problem details for every refusal, never a 500.</summary>
public sealed class AdminApiTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Sources:PollingEnabled"] = "false", ["Demo:SeedArticles"] = "false" });
        _key = await _host.Services.GetRequiredService<SqliteAdminStore>().CreateApiKeyAsync("ops", "test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Without_a_key_is_401_and_with_a_wrong_key_is_403_both_as_problem_details()
    {
        using var none = await _host.Client.GetAsync("admin/sources");
        using var wrong = await SendAsync(HttpMethod.Get, "admin/sources", key: "bbk_" + new string('0', 64));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Contains("X-Api-Key", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Contains("not a current admin API key", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_admin_adds_lists_pauses_and_removes_a_source_and_each_change_is_audited_under_the_key_name()
    {
        using var add = await SendAsync(HttpMethod.Post, "admin/sources", """{"url":"https://news.example.com/feed.xml","region":"Caspian","interval":"30m"}""");
        var created = JsonDocument.Parse(await add.Content.ReadAsStringAsync()).RootElement;
        using var list = await SendAsync(HttpMethod.Get, "admin/sources");
        using var pause = await SendAsync(HttpMethod.Post, "admin/sources/1/pause");
        using var remove = await SendAsync(HttpMethod.Delete, "admin/sources/1");
        using var audit = await SendAsync(HttpMethod.Get, "admin/audit");

        Assert.Equal(HttpStatusCode.Created, add.StatusCode);
        Assert.Equal("/admin/sources/1", add.Headers.Location?.OriginalString);
        Assert.Equal(("Caspian", "30m", "unknown"), (created.GetProperty("region").GetString(), created.GetProperty("interval").GetString(), created.GetProperty("kind").GetString()));
        Assert.Contains("https://news.example.com/feed.xml", await list.Content.ReadAsStringAsync());
        Assert.True(JsonDocument.Parse(await pause.Content.ReadAsStringAsync()).RootElement.GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        var entries = JsonDocument.Parse(await audit.Content.ReadAsStringAsync()).RootElement.EnumerateArray()
            .Select(e => (e.GetProperty("actor").GetString(), e.GetProperty("action").GetString())).ToList();
        Assert.Contains(("api-key:ops", "source.add"), entries);
        Assert.Contains(("api-key:ops", "source.pause"), entries);
        Assert.Contains(("api-key:ops", "source.remove"), entries);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/x"}""", HttpStatusCode.BadRequest, "only http and https")]
    [InlineData("""{"url":"https://example.com/x","interval":"often"}""", HttpStatusCode.BadRequest, "not an interval")]
    [InlineData("""{"region":"Caspian"}""", HttpStatusCode.BadRequest, "URL missing")]
    [InlineData("""{"url": """, HttpStatusCode.BadRequest, "Malformed JSON")]
    [InlineData("""[1,2,3]""", HttpStatusCode.BadRequest, "Malformed JSON")]
    public async Task Bad_requests_are_400_with_a_reason(string body, HttpStatusCode status, string reason)
    {
        using var response = await SendAsync(HttpMethod.Post, "admin/sources", body);

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_sources_are_404_and_a_second_add_of_the_same_feed_is_409()
    {
        using var first = await SendAsync(HttpMethod.Post, "admin/sources", """{"url":"https://news.example.com/feed.xml"}""");
        using var again = await SendAsync(HttpMethod.Post, "admin/sources", """{"url":"https://news.example.com/feed.xml?utm_source=x"}""");
        using var missing = await SendAsync(HttpMethod.Delete, "admin/sources/99");
        using var missingPause = await SendAsync(HttpMethod.Post, "admin/sources/nonsense/pause");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("already source #1", await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingPause.StatusCode);
    }

    [Fact]
    public async Task An_oversized_body_is_413_even_without_a_content_length()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "admin/sources");
        request.Headers.Add("X-Api-Key", _key);
        var huge = "{\"url\":\"https://example.com/" + new string('a', 100_000) + "\"}";
        request.Content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await _host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("small JSON object", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_key_itself_is_not_stored_only_its_hash()
    {
        var database = await File.ReadAllBytesAsync(Path.Combine(_host.DataDirectory, "briefingbot.db"));
        var wal = Path.Combine(_host.DataDirectory, "briefingbot.db-wal");
        var all = Encoding.ASCII.GetString(database) + (File.Exists(wal) ? Encoding.ASCII.GetString(await File.ReadAllBytesAsync(wal)) : string.Empty);

        Assert.DoesNotContain(_key, all);
        Assert.DoesNotContain(_key[4..], all);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? json = null, string? key = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("X-Api-Key", key ?? _key);
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await _host.Client.SendAsync(request);
    }
}
