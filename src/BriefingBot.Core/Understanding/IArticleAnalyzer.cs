namespace BriefingBot.Core.Understanding;

/// <summary>
/// The understanding pipeline: text in, analysis out. Pure and deterministic; <see cref="Version"/>
/// changes whenever results change, so stored analyses can be recomputed.
/// </summary>
public interface IArticleAnalyzer
{
    int Version { get; }

    /// <param name="text">The text to analyse; every span in the result points into it.</param>
    /// <param name="title">The headline when it is not part of <paramref name="text"/>; it helps resolve names and rank sentences.</param>
    ArticleAnalysis Analyze(string text, string? title = null);
}
