using System.Text.RegularExpressions;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Infrastructure.Tests.Support;

/// <summary>An analyzer for ingestion tests: every quoted passage is an unattributed direct quote.</summary>
public sealed partial class FakeAnalyzer : IArticleAnalyzer
{
    public int Version => 99;

    public int Calls { get; private set; }

    public ArticleAnalysis Analyze(string text, string? title = null)
    {
        Calls++;
        var builder = new AnalysisBuilder(text).WithSummary(0);
        foreach (Match match in Quoted().Matches(text))
        {
            builder.WithQuote(match.Groups[1].Value, speaker: null);
        }

        return builder.Build(Version);
    }

    [GeneratedRegex(@"[""“]([^""“”]{3,}?)[""”]")]
    private static partial Regex Quoted();
}
