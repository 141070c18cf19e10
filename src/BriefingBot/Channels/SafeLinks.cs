namespace BriefingBot.Channels;

/// <summary>Only absolute http(s) links become clickable; anything else (javascript:, relative, junk) stays text.</summary>
internal static class SafeLinks
{
    public static bool TryGet(string? url, out Uri link)
    {
        link = null!;
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var parsed))
        {
            return false;
        }

        if (parsed.Scheme != Uri.UriSchemeHttp && parsed.Scheme != Uri.UriSchemeHttps)
        {
            return false;
        }

        link = parsed;
        return true;
    }
}
