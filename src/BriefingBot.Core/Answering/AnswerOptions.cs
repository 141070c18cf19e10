using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Answering;

/// <summary>How much an answer shows. Section "Answers".</summary>
public sealed class AnswerOptions
{
    public const string SectionName = "Answers";

    /// <summary>Quotes shown for "what did X say?".</summary>
    [Range(1, 20)]
    public int MaxQuotes { get; set; } = 4;

    /// <summary>Sentences shown for "summarize ...".</summary>
    [Range(1, 10)]
    public int SummarySentences { get; set; } = 3;
}
