using System.Globalization;
using System.Text;

namespace BriefingBot.Core.Evaluation;

/// <summary>Outcomes counted per kind of question, printed as a small table.</summary>
public sealed class AnswerTally
{
    private readonly List<(EvaluationQuestion Question, AnswerOutcome Outcome)> _results = [];

    public IReadOnlyList<(EvaluationQuestion Question, AnswerOutcome Outcome)> Results => _results;

    public void Add(EvaluationQuestion question, AnswerOutcome outcome) => _results.Add((question, outcome));

    /// <summary>Share answered correctly, in percent, over all questions or one kind.</summary>
    public double ShareCorrect(string? kind = null)
    {
        var subset = _results.Where(r => kind is null || r.Question.Kind == kind).ToList();
        return subset.Count == 0 ? 0 : 100.0 * subset.Count(r => r.Outcome == AnswerOutcome.Correct) / subset.Count;
    }

    public int Count(string? kind = null) => _results.Count(r => kind is null || r.Question.Kind == kind);

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var kind in _results.Select(r => r.Question.Kind).Distinct())
        {
            var subset = _results.Where(r => r.Question.Kind == kind).ToList();
            text.Append(CultureInfo.InvariantCulture, $"{kind}: {ShareCorrect(kind):F1}% correct of {subset.Count}");
            foreach (var group in subset.Where(r => r.Outcome != AnswerOutcome.Correct).GroupBy(r => r.Outcome).OrderByDescending(g => g.Count()))
            {
                text.Append(CultureInfo.InvariantCulture, $"; {group.Key} {group.Count()}");
            }

            text.AppendLine();
        }

        text.Append(CultureInfo.InvariantCulture, $"all: {ShareCorrect():F1}% correct of {_results.Count}");
        return text.ToString();
    }
}
