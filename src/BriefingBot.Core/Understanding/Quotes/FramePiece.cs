using BriefingBot.Core.Text;

namespace BriefingBot.Core.Understanding.Quotes;

/// <summary>
/// "Asked a direct question about this in the debate, Clinton said, “I do take responsibility.”": a report whose
/// first piece, before its speaker, holds no quotation, and whose next piece is a quotation that opens a sentence
/// of its own (a capital after the mark), was framed by the first piece, not said in it; the quotation alone is
/// what was said. A quotation that goes on from the first piece ("In cases of abortion, he said, “the woman is a
/// victim.”") keeps it.
/// </summary>
internal static class FramePiece
{
    public static void Drop(string text, List<Attribution> attributions)
    {
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (a.Content.Count < 2 || a.Speaker is not { } speaker)
            {
                continue;
            }

            var frame = a.Content[0];
            var said = a.Content[1];
            if (frame.End <= speaker.Start && speaker.End <= said.Start && !HoldsQuotationMark(text, frame) && OpensQuotedSentence(text, said))
            {
                attributions[i] = a with { Content = a.Content.GetRange(1, a.Content.Count - 1) };
            }
        }
    }

    /// <summary>Whether the piece holds a quotation mark or sits inside one (a direct piece's content leaves its marks out).</summary>
    private static bool HoldsQuotationMark(string text, TextSpan span)
    {
        var before = span.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }

        var after = span.End;
        while (after < text.Length && text[after] is ',' or '.' or ' ')
        {
            after++;
        }

        if ((before >= 0 && IsMark(text[before])) || (after < text.Length && IsMark(text[after])))
        {
            return true;
        }

        for (var k = span.Start; k < span.End; k++)
        {
            if (IsDoubleMark(text[k]) || (text[k] == '\'' && k + 1 < span.End && text[k + 1] == '\'') || text[k] == '\u2018')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The piece opens at a quotation mark (its own or the one just before it) followed by a capital.</summary>
    private static bool OpensQuotedSentence(string text, TextSpan piece)
    {
        var before = piece.Start - 1;
        while (before >= 0 && text[before] == ' ')
        {
            before--;
        }

        var k = piece.Start;
        var marked = before >= 0 && IsMark(text[before]);
        while (k < piece.End && (IsMark(text[k]) || char.IsWhiteSpace(text[k])))
        {
            marked |= IsMark(text[k]);
            k++;
        }

        return marked && k < piece.End && char.IsUpper(text[k]);
    }

    private static bool IsDoubleMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e';

    private static bool IsMark(char c) => IsDoubleMark(c) || c is '\'' or '\u2018';
}
