namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Refuses bodies that are binary whatever the Content-Type says (an image served as text/html would
/// otherwise be decoded into a page of garbage and ingested).
/// </summary>
internal static class BinarySniffer
{
    private const int SniffLength = 8_192;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ("RIFF"u8.ToArray(), "a media file"),
    ];

    /// <summary>Null for text; otherwise what the body looks like.</summary>
    public static string? WhyBinary(ReadOnlySpan<byte> body)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (body.StartsWith(magic))
            {
                return kind;
            }
        }

        // UTF-16 text has NULs by design; its BOM says so.
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return null;
        }

        return body[..Math.Min(body.Length, SniffLength)].Contains((byte)0) ? "binary data (it contains NUL bytes)" : null;
    }
}
