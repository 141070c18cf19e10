namespace BriefingBot.Infrastructure.Fetching;

/// <summary>Reads a stream into memory, stopping as soon as it passes a cap, so an endless or huge body never fills memory.</summary>
internal static class CappedReader
{
    private const int ChunkSize = 81_920;

    /// <summary>The bytes, or null once more than <paramref name="cap"/> bytes arrive.</summary>
    public static async Task<byte[]?> ReadAsync(Stream source, long cap, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            // Ask for at most one byte past the cap: enough to know it was exceeded.
            var want = (int)Math.Min(chunk.Length, cap - buffer.Length + 1);
            var read = await source.ReadAsync(chunk.AsMemory(0, want), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return buffer.ToArray();
            }

            if (buffer.Length + read > cap)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }
    }
}
