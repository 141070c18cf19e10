namespace BriefingBot.Infrastructure.Fetching;

/// <summary>Thrown by the connect callback when a host fails the address check at connect time.</summary>
internal sealed class UnsafeAddressException(string reason) : IOException(reason);
