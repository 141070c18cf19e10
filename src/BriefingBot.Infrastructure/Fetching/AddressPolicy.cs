using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// Which addresses count as public. Anything else (loopback, private networks, link-local and the cloud
/// metadata service, CGNAT, multicast, reserved and documentation ranges, and IPv6 forms that embed one
/// of those) could let an admin-supplied URL reach into the network the bot runs in.
/// </summary>
internal static class AddressPolicy
{
    private static readonly (uint Network, int Bits, string What)[] V4Ranges =
    [
        (0x00000000, 8, "an unspecified (\"this network\") address"),
        (0x0A000000, 8, "a private-network address"),
        (0x64400000, 10, "a carrier-grade NAT (shared) address"),
        (0x7F000000, 8, "a loopback address"),
        (0xA9FEA9FE, 32, "the cloud metadata address"),
        (0xA9FE0000, 16, "a link-local address"),
        (0xAC100000, 12, "a private-network address"),
        (0xC0000000, 24, "an IETF protocol-assignment address"),
        (0xC0000200, 24, "a documentation address"),
        (0xC0A80000, 16, "a private-network address"),
        (0xC6120000, 15, "a benchmarking address"),
        (0xC6336400, 24, "a documentation address"),
        (0xCB007100, 24, "a documentation address"),
        (0xE0000000, 4, "a multicast address"),
        (0xF0000000, 4, "a reserved (or broadcast) address"),
    ];

    /// <summary>Null when <paramref name="address"/> is public; otherwise what it is, as a phrase ("a loopback address").</summary>
    public static string? WhyNotPublic(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return WhyNotPublicV4(address.GetAddressBytes());
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an IP address";
        }

        return WhyNotPublicV6(address.GetAddressBytes());
    }

    private static string? WhyNotPublicV4(ReadOnlySpan<byte> bytes)
    {
        var value = BinaryPrimitives.ReadUInt32BigEndian(bytes);
        foreach (var (network, bits, what) in V4Ranges)
        {
            var mask = bits == 0 ? 0u : uint.MaxValue << (32 - bits);
            if ((value & mask) == network)
            {
                return what;
            }
        }

        return null;
    }

    private static string? WhyNotPublicV6(byte[] b)
    {
        var span = b.AsSpan();
        if (span[..10].IndexOfAnyExcept((byte)0) < 0)
        {
            if (b[10] == 0xFF && b[11] == 0xFF)
            {
                // ::ffff:a.b.c.d reaches the IPv4 address on a dual-stack socket.
                return Embedded(span[12..], "IPv4-mapped");
            }

            if (b[10] == 0 && b[11] == 0)
            {
                if (span[12..15].IndexOfAnyExcept((byte)0) < 0 && b[15] <= 1)
                {
                    return b[15] == 0 ? "an unspecified address" : "a loopback address";
                }

                // ::a.b.c.d (IPv4-compatible) is deprecated; nothing public is served from it.
                return "an IPv4-compatible IPv6 address (deprecated)";
            }
        }

        if (b[0] == 0xFF)
        {
            return "a multicast address";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80)
        {
            return "a link-local address";
        }

        if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0)
        {
            return "a site-local address (deprecated)";
        }

        if ((b[0] & 0xFE) == 0xFC)
        {
            return "a private-network (unique local) address";
        }

        // 64:ff9b::/96 is NAT64: the gateway forwards to the embedded IPv4 address.
        if (span[..12].SequenceEqual((ReadOnlySpan<byte>)[0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0]))
        {
            return Embedded(span[12..], "NAT64");
        }

        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xFF && b[3] == 0x9B && b[4] == 0x00 && b[5] == 0x01)
        {
            return "a local-use NAT64 address";
        }

        // 2002::/16 is 6to4: the relay forwards to the IPv4 address in bytes 2-5.
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            return Embedded(span[2..6], "6to4");
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8)
        {
            return "a documentation address";
        }

        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x00 && b[3] == 0x00)
        {
            // Teredo hides the IPv4 address (obfuscated); refuse rather than decode it.
            return "a Teredo tunnel address";
        }

        if (span[..8].SequenceEqual((ReadOnlySpan<byte>)[0x01, 0x00, 0, 0, 0, 0, 0, 0]))
        {
            return "a discard-only address";
        }

        return null;
    }

    private static string? Embedded(ReadOnlySpan<byte> v4, string form)
    {
        var what = WhyNotPublicV4(v4);
        return what is null ? null : $"{what} ({form} IPv6 form)";
    }
}
