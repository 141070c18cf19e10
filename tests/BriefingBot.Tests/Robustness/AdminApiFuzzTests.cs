using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace BriefingBot.Tests.Robustness;

/// <summary>
/// Seeded garbage at /admin on the real service, with and without a valid key: never a 5xx, and only
/// a 201 adds a source; nothing else in the archive changes.
/// </summary>
public sealed class AdminApiFuzzTests : IAsyncLifetime
{
    private BotHost _host = null!;
    private string _key = null!;

    public async Task InitializeAsync()
    {
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Sources:PollingEnabled"] = "false" });
        _key = await _host.Services.GetRequiredService<SqliteAdminStore>().CreateApiKeyAsync("fuzz", "test");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Hundreds_of_seeded_bad_admin_requests_never_get_a_5xx_and_change_nothing_but_what_they_created()
    {
        var random = new Random(4);
        var before = ArchiveFingerprint.Of(_host.DataDirectory, ArchiveFingerprint.ContentTables);
        var sourcesBefore = SourceCount();
        var failures = new List<string>();
        var created = 0;
        for (var i = 0; i < 250; i++)
        {
            using var request = Request(random);
            var description = $"{request.Method} {request.RequestUri}";
            var bodyBytes = request.Content?.Headers.ContentLength ?? 0;
            try
            {
                using var response = await _host.Client.SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"case {i} {description}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
                }

                if (response.StatusCode == System.Net.HttpStatusCode.Created)
                {
                    created++;
                }
            }
            catch (HttpRequestException) when (bodyBytes > BriefingBot.Admin.AdminApi.MaxBodyBytes)
            {
                // Kestrel may close the connection on a body over the limit after answering 413; not a 5xx.
            }
            catch (HttpRequestException ex)
            {
                failures.Add($"case {i} {description} ({bodyBytes} bytes): connection dropped: {ex.Message}");
            }
        }

        Assert.Empty(failures);
        using var health = await _host.Client.GetAsync("healthz");
        Assert.True(health.IsSuccessStatusCode);
        // Whatever was created or not, what was read and understood is untouched, and no source appeared unasked.
        Assert.Equal(before, ArchiveFingerprint.Of(_host.DataDirectory, ArchiveFingerprint.ContentTables));
        Assert.InRange(SourceCount(), 0, sourcesBefore + created);
    }

    private long SourceCount()
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_host.DataDirectory, BriefingBot.Infrastructure.Storage.StorageOptions.DatabaseFileName),
            Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sources";
        return (long)command.ExecuteScalar()!;
    }

    private HttpRequestMessage Request(Random random)
    {
        string[] ids = ["1", "0", "-1", "99999999999999999999", "..", "%2e%2e", "a%2fb", "%00", new string('9', 3000), "1;DROP TABLE sources", "' OR 1=1 --", "\u00e9"];
        var (method, path) = random.Next(6) switch
        {
            0 => (HttpMethod.Get, "admin/sources"),
            1 => (HttpMethod.Post, "admin/sources"),
            2 => (HttpMethod.Delete, "admin/sources/" + Uri.EscapeDataString(ids[random.Next(ids.Length)])),
            3 => (HttpMethod.Post, $"admin/sources/{Uri.EscapeDataString(ids[random.Next(ids.Length)])}/{(random.Next(2) == 0 ? "pause" : "resume")}"),
            4 => (HttpMethod.Get, "admin/audit?limit=" + ids[random.Next(ids.Length)]),
            _ => (new HttpMethod(random.Next(2) == 0 ? "PUT" : "PATCH"), "admin/sources/1"),
        };

        var request = new HttpRequestMessage(method, path);
        switch (random.Next(5))
        {
            case 0:
                break;
            case 1:
                request.Headers.TryAddWithoutValidation("X-Api-Key", random.Next(2) == 0 ? "bbk_" + new string('0', 64) : "\u0001garbage" + new string('k', random.Next(1, 9000)));
                break;
            default:
                request.Headers.Add("X-Api-Key", _key);
                break;
        }

        if (method != HttpMethod.Get && random.Next(4) != 0)
        {
            request.Content = Body(random);
        }

        return request;
    }

    private static ByteArrayContent Body(Random random)
    {
        JsonNode?[] values = [null, 5, true, "", "not a url", "ftp://x/", "http://127.0.0.1/feed", "https://[::1]/", "javascript:alert(1)", new string('u', 20_000), new JsonArray(), new JsonObject { ["x"] = 1 }, "https://news.example.com/" + new string('a', 5000)];
        byte[] bytes = random.Next(6) switch
        {
            0 => Encoding.UTF8.GetBytes("{\"url\": "),
            1 => [0xFF, 0xFE, 0xC3, 0x28, .. Encoding.UTF8.GetBytes("{\"url\":\"https://x\"}")],
            2 => new byte[random.Next(1, 40_000)],
            3 => Encoding.UTF8.GetBytes(new string('[', 5000)),
            _ => Encoding.UTF8.GetBytes(new JsonObject
            {
                ["url"] = values[random.Next(values.Length)]?.DeepClone(),
                ["region"] = values[random.Next(values.Length)]?.DeepClone(),
                ["interval"] = random.Next(2) == 0 ? values[random.Next(values.Length)]?.DeepClone() : (JsonNode)new[] { "0s", "-5m", "1000000d", "15m", "1e9h", "PT5M" }[random.Next(6)],
            }.ToJsonString()),
        };
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(random.Next(5) == 0 ? "text/plain" : "application/json");
        return content;
    }
}
