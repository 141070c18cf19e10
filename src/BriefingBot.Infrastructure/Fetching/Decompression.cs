using System.IO.Compression;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Undoes Content-Encoding with a cap on the output. The handler's automatic decompression has no cap,
/// and a few kilobytes of gzip can expand to gigabytes.
/// </summary>
internal static class Decompression
{
    public const string AcceptEncoding = "gzip, deflate, br";

    /// <summary>
    /// The decoded bytes; or a refusal (over the cap, unknown encoding); or, with <c>Corrupt</c> set, a failure
    /// (the data is not what the header claims, perhaps a truncated transfer).
    /// </summary>
    public static async Task<(byte[]? Bytes, string? Problem, bool Corrupt)> DecodeAsync(
        byte[] body, IEnumerable<string> encodings, long cap, CancellationToken cancellationToken)
    {
        // Encodings are listed in the order they were applied; undo them last first.
        var bytes = body;
        foreach (var encoding in encodings.Reverse())
        {
            var name = encoding.Trim().ToLowerInvariant();
            if (name is "identity" or "")
            {
                continue;
            }

            using var input = new MemoryStream(bytes, writable: false);
            Stream? decoder = name switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                "deflate" => LooksLikeZlib(bytes)
                    ? new ZLibStream(input, CompressionMode.Decompress)
                    // Some servers send raw deflate under "deflate"; accept both.
                    : new DeflateStream(input, CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null)
            {
                return (null, $"the response uses the unsupported content encoding '{encoding.Trim()}'", false);
            }

            await using (decoder.ConfigureAwait(false))
            {
                try
                {
                    var decoded = await CappedReader.ReadAsync(decoder, cap, cancellationToken).ConfigureAwait(false);
                    if (decoded is null)
                    {
                        return (null, $"the decompressed body exceeds {ByteCount.Format(cap)} (Fetching:MaxDecompressedBytes)", false);
                    }

                    bytes = decoded;
                }
                // GZip/Deflate report bad data as InvalidDataException, Brotli as InvalidOperationException.
                catch (Exception e) when (e is InvalidDataException or InvalidOperationException)
                {
                    return (null, $"the response claims '{name}' encoding but is not valid {name} data", true);
                }
            }
        }

        return (bytes, null, false);
    }

    // RFC 1950 header: compression method 8 and a header checksum divisible by 31.
    private static bool LooksLikeZlib(byte[] bytes) =>
        bytes.Length >= 2 && (bytes[0] & 0x0F) == 8 && ((bytes[0] << 8) | bytes[1]) % 31 == 0;
}
