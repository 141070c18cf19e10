using System.Text;
using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Tests.Fetching;

public sealed class CharsetDecoderTests
{
    [Fact]
    public void A_byte_order_mark_wins_over_the_declared_charset()
    {
        byte[] body = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("café")];

        var (text, charset) = CharsetDecoder.Decode(body, "iso-8859-1");

        Assert.Equal("café", text);
        Assert.Equal("utf-8", charset);
    }

    [Fact]
    public void An_xml_declaration_names_the_encoding_when_the_header_does_not()
    {
        var body = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><title>Zürich</title></rss>");

        var (text, _) = CharsetDecoder.Decode(body, null);

        Assert.Contains("Zürich", text);
    }

    [Fact]
    public void Invalid_utf8_without_a_declaration_reads_as_windows_1252()
    {
        byte[] body = [(byte)'c', (byte)'a', (byte)'f', 0xE9];

        var (text, charset) = CharsetDecoder.Decode(body, null);

        Assert.Equal("café", text);
        Assert.Equal("windows-1252", charset);
    }

    [Fact]
    public void An_unknown_charset_name_falls_back_to_sniffing()
    {
        var (text, charset) = CharsetDecoder.Decode(Encoding.UTF8.GetBytes("naïve"), "x-no-such-charset");

        Assert.Equal("naïve", text);
        Assert.Equal("utf-8", charset);
    }
}
