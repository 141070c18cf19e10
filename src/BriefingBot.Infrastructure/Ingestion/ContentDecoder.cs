using System.Text;
using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Bytes to text, refusing content that is not text: known binary signatures, NUL bytes, or too many
/// control characters. Without this an image would be "extracted" into a page of garbage and stored.
/// </summary>
internal static class ContentDecoder
{
    // The share of control characters above which content is not text even if it decodes.
    private const double MaxControlShare = 0.02;

    public static string Decode(ReadOnlySpan<byte> bytes, string displayName)
    {
        if (BinarySniffer.WhyBinary(bytes) is { } kind)
        {
            throw new ArticleExtractionException($"'{displayName}' is {kind}, not an article's text; save the article as text, HTML or Markdown.");
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

        var sample = text.AsSpan(0, Math.Min(text.Length, BinarySniffer.SniffLength));
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

    public static ArticleExtractionException NotText(string displayName) =>
        new($"'{displayName}' looks like binary content, not text; save the article as text, HTML or Markdown.");
}
