namespace BriefingBot.Core.Understanding.Tokens;

internal enum TokenKind
{
    Word,
    Punctuation,
    /// <summary>A double quotation mark, straight or curly.</summary>
    QuoteMark,
    /// <summary>A line break: paragraphs bound quotes and attributions.</summary>
    LineBreak,
}

/// <summary>A word or mark of the text, with its offsets; <see cref="Text"/> is the slice.</summary>
internal readonly record struct Token(int Start, int End, TokenKind Kind, string Text)
{
    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && Text is { Length: > 0 } && char.IsUpper(Text[0]);

    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Azerbaijan’s" and "Azerbaijan's" are possessives.</summary>
    public bool IsPossessive => Text.Length > 2 && Text[^1] is 's' && Text[^2] is '\'' or '\u2019';

    /// <summary>The word without a possessive ending.</summary>
    public string Stem => IsPossessive ? Text[..^2] : Text;
}
