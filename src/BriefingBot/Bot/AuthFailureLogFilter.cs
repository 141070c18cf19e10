namespace BriefingBot.Bot;

/// <summary>
/// The SDK logs every rejected request (UnauthorizedAccessException) as an Error with a stack trace.
/// On a public endpoint that is routine scanner traffic, not a fault: log it as one Warning line instead,
/// so real errors still stand out. Everything else passes through unchanged.
/// </summary>
internal sealed class AuthFailureLogFilter(ILogger inner) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => inner.BeginScope(state);

    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (logLevel > LogLevel.Warning)
        {
            // The SDK passes the exception either as the exception or as its ToString() in the message.
            var reason = exception is UnauthorizedAccessException unauthorized
                ? unauthorized.Message
                : UnauthorizedReason(formatter(state, exception));
            if (reason is not null)
            {
                inner.LogWarning(eventId, "Refused an unauthenticated request: {Reason}", reason);
                return;
            }
        }

        inner.Log(logLevel, eventId, state, exception, formatter);
    }

    private static string? UnauthorizedReason(string message)
    {
        const string prefix = "System.UnauthorizedAccessException: ";
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('\n', StringComparison.Ordinal);
        return (end < 0 ? message[prefix.Length..] : message[prefix.Length..end]).Trim();
    }
}
