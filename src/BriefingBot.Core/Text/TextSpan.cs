namespace BriefingBot.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into an article's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public string Slice(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End})";
}
