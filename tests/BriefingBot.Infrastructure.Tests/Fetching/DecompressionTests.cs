using System.IO.Compression;
using System.Text;
using BriefingBot.Infrastructure.Fetching;

namespace BriefingBot.Infrastructure.Tests.Fetching;

public sealed class DecompressionTests
{
    private static readonly byte[] Text = Encoding.UTF8.GetBytes("<rss>deflated</rss>");

    [Fact]
    public async Task Deflate_is_read_both_zlib_wrapped_and_raw()
    {
        var zlib = await Decompression.DecodeAsync(Compress(s => new ZLibStream(s, CompressionLevel.Optimal)), ["deflate"], 1024, CancellationToken.None);
        var raw = await Decompression.DecodeAsync(Compress(s => new DeflateStream(s, CompressionLevel.Optimal)), ["deflate"], 1024, CancellationToken.None);

        Assert.Equal(Text, zlib.Bytes);
        Assert.Equal(Text, raw.Bytes);
    }

    [Fact]
    public async Task Stacked_encodings_are_undone_last_applied_first()
    {
        var gzipped = Compress(s => new GZipStream(s, CompressionLevel.Optimal));
        var both = Compress(s => new BrotliStream(s, CompressionLevel.Optimal), gzipped);

        var result = await Decompression.DecodeAsync(both, ["gzip", "br"], 1024, CancellationToken.None);

        Assert.Equal(Text, result.Bytes);
    }

    [Fact]
    public async Task Output_one_byte_over_the_cap_is_refused()
    {
        var gzipped = Compress(s => new GZipStream(s, CompressionLevel.Optimal));

        var exact = await Decompression.DecodeAsync(gzipped, ["gzip"], Text.Length, CancellationToken.None);
        var over = await Decompression.DecodeAsync(gzipped, ["gzip"], Text.Length - 1, CancellationToken.None);

        Assert.Equal(Text, exact.Bytes);
        Assert.Null(over.Bytes);
        Assert.False(over.Corrupt);
        Assert.Contains("decompressed body exceeds", over.Problem);
    }

    [Fact]
    public async Task Corrupt_brotli_is_reported_as_corrupt()
    {
        var result = await Decompression.DecodeAsync([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF], ["br"], 1024, CancellationToken.None);

        Assert.Null(result.Bytes);
        Assert.True(result.Corrupt);
    }

    private static byte[] Compress(Func<Stream, Stream> wrap, byte[]? data = null)
    {
        using var output = new MemoryStream();
        using (var compressor = wrap(output))
        {
            compressor.Write(data ?? Text);
        }

        return output.ToArray();
    }
}
