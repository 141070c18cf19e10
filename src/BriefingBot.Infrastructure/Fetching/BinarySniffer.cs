namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Refuses bodies that are binary whatever the Content-Type says (an image served as text/html would
/// otherwise be decoded into a page of garbage and ingested). Fetched pages and ingested files share it.
/// </summary>
internal static class BinarySniffer
{
    public const int SniffLength = 8_192;

    private static readonly (byte[] Magic, string Kind)[] Signatures =
    [
        ("%PDF"u8.ToArray(), "a PDF document"),
        ([0x89, (byte)'P', (byte)'N', (byte)'G'], "a PNG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ([(byte)'P', (byte)'K', 0x03, 0x04], "a ZIP archive (or a Word/OpenDocument file)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0x7F, (byte)'E', (byte)'L', (byte)'F'], "an executable"),
        ("MZ"u8.ToArray(), "an executable"),
        ([0xD0, 0xCF, 0x11, 0xE0], "an old Office document"),
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
