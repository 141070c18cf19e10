using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>The text a found span covers, or "&lt;none&gt;" when nothing was found, so assertions read as the article does.</summary>
internal static class SpanText
{
    public static string Slice(string text, TextSpan? span) => span is { } s ? s.Slice(text) : "<none>";
}
