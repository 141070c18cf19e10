using System.Security.Cryptography;
using System.Text;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// A fingerprint of an article's text that survives re-wrapping and case changes, so the same story
/// pasted twice or fetched from two mirrors is stored once.
/// </summary>
public static class ContentHash
{
    public static string Of(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(NormalizeText(body))));
    }

    /// <summary>Unicode-composed, case-folded, whitespace runs collapsed to one space, trimmed.</summary>
    public static string NormalizeText(string body)
    {
        var composed = body.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var c in composed)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
