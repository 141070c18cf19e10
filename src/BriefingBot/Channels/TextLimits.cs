namespace BriefingBot.Channels;

/// <summary>Shortens text for channel size limits without splitting a character or, where cheap, a word.</summary>
internal static class TextLimits
{
    public const string Ellipsis = "\u2026";

    public static string Truncate(string text, int maxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = maxLength - Ellipsis.Length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // Prefer ending at a word boundary when one is near; long words still get cut.
        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 20));
        if (space > 0)
        {
            cut = space;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }
}
