using System.Text;
using System.Text.RegularExpressions;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Bytes to text the way browsers do it: a byte-order mark wins, then the Content-Type charset, then an
/// XML declaration or HTML meta charset near the start, then UTF-8 if it is valid, else Windows-1252.
/// </summary>
internal static partial class CharsetDecoder
{
    // Declarations must appear early; browsers look at the first 1024 bytes.
    private const int PrescanLength = 1024;

    static CharsetDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static (string Text, string Charset) Decode(byte[] body, string? declaredCharset)
    {
        ReadOnlySpan<byte> span = body;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8.GetString(span[3..]), "utf-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode.GetString(span[2..]), "utf-16le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode.GetString(span[2..]), "utf-16be");
        }

        var encoding = Lookup(declaredCharset) ?? Lookup(Prescan(span));
        if (encoding is not null)
        {
            return (encoding.GetString(span), encoding.WebName);
        }

        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(span), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var legacy = Encoding.GetEncoding(1252);
            return (legacy.GetString(span), legacy.WebName);
        }
    }

    private static Encoding? Lookup(string? name)
    {
        name = name?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        try
        {
            var encoding = Encoding.GetEncoding(name);
            // A UTF-16 declaration inside an ASCII-compatible document is a lie (there was no BOM); browsers read UTF-8.
            return encoding is UnicodeEncoding ? Encoding.UTF8 : encoding;
        }
        catch (ArgumentException)
        {
            // An unknown charset name: fall back to sniffing rather than failing the fetch.
            return null;
        }
    }

    private static string? Prescan(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, PrescanLength)]);
        var match = DeclarationPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex("""(?:<\?xml[^>]*?encoding|<meta[^>]*?charset)\s*=\s*["']?(?<name>[A-Za-z0-9._:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex DeclarationPattern();
}
