using System.Text;
using System.Text.Json;

namespace BriefingBot.Tests.Support;

/// <summary>Well-formed but untrustworthy JWTs, for showing the bot refuses them.</summary>
public static class TestTokens
{
    /// <summary>A syntactically valid JWT signed with nothing the bot trusts, from an issuer it does not accept.</summary>
    public static string Forged(string audience, string issuer = "https://issuer.example.invalid/")
    {
        var header = new { alg = "RS256", typ = "JWT", kid = "not-a-real-key" };
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var payload = new { iss = issuer, aud = audience, serviceurl = "http://127.0.0.1/", nbf = now - 60, exp = now + 3600 };
        return $"{Encode(JsonSerializer.SerializeToUtf8Bytes(header))}.{Encode(JsonSerializer.SerializeToUtf8Bytes(payload))}.{Encode(Encoding.UTF8.GetBytes("not-a-signature"))}";
    }

    private static string Encode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
