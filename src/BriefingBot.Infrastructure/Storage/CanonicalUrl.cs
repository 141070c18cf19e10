using System.Text;

namespace BriefingBot.Infrastructure.Storage;

/// <summary>
/// The form of an article URL used to recognise the same article shared through different links:
/// lower-case scheme and host, no default port, no fragment, no tracking parameters, no trailing slash,
/// remaining query parameters in a stable order.
/// </summary>
public static class CanonicalUrl
{
    // Parameters that say who shared a link, never which page it is.
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "mc_cid", "mc_eid", "igshid", "yclid",
        "_ga", "_gl", "ref", "ref_src", "ref_url", "cmpid", "ocid", "smid", "spm", "at_medium", "at_campaign",
    };

    /// <returns>The canonical URL, or null when <paramref name="url"/> is empty. Text that is not an absolute
    /// http(s) URL is kept trimmed, so it still deduplicates against itself.</returns>
    public static string? Normalize(string? url)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        var trimmed = url.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return trimmed;
        }

        var builder = new StringBuilder();
        builder.Append(uri.Scheme.ToLowerInvariant()).Append("://").Append(uri.IdnHost.ToLowerInvariant());
        if (!uri.IsDefaultPort)
        {
            builder.Append(':').Append(uri.Port);
        }

        builder.Append(uri.AbsolutePath.TrimEnd('/'));

        var parameters = uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !IsTracking(p))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (parameters.Count > 0)
        {
            builder.Append('?').AppendJoin('&', parameters);
        }

        return builder.ToString();
    }

    private static bool IsTracking(string parameter)
    {
        var equals = parameter.IndexOf('=', StringComparison.Ordinal);
        var name = Uri.UnescapeDataString(equals < 0 ? parameter : parameter[..equals]);
        return name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
    }
}
