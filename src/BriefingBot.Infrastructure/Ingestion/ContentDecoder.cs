using System.Text;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Bytes to text, refusing content that is not text: known binary signatures, NUL bytes, or too many
/// control characters. Without this an image would be "extracted" into a page of garbage and stored.
/// </summary>
internal static class ContentDecoder
{
    private const int SniffLength = 8_192;

    // The share of control characters above which content is not text even if it decodes.
    private const double MaxControlShare = 0.02;

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

    public static string Decode(ReadOnlySpan<byte> bytes, string displayName)
    {
        foreach (var (magic, kind) in Signatures)
        {
            if (bytes.StartsWith(magic))
            {
                throw new ArticleExtractionException($"'{displayName}' is {kind}, not an article's text; save the article as text, HTML or Markdown.");
            }
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = Encoding.UTF8.GetString(bytes[3..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            text = Encoding.Unicode.GetString(bytes[2..]);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }
        else
        {
            if (bytes[..Math.Min(bytes.Length, SniffLength)].Contains((byte)0))
            {
                throw NotText(displayName);
            }

            try
            {
                text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                // Old pages saved in a single-byte code page: Latin-1 maps every byte, so letters survive.
                text = Encoding.Latin1.GetString(bytes);
            }
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, SniffLength));
        var controls = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                controls++;
            }
        }

        if (sample.Length > 0 && (double)controls / sample.Length > MaxControlShare)
        {
            throw NotText(displayName);
        }

        return text;
    }

    private static ArticleExtractionException NotText(string displayName) =>
        new($"'{displayName}' looks like binary content, not text; save the article as text, HTML or Markdown.");
}
