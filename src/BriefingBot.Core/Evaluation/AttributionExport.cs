using System.Text.Json;
using BriefingBot.Core.Text;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Evaluation;

/// <summary>
/// Writes an analysis's quotes in the JSON shape the attribution scorer reads
/// (shared/eval/score_attributions.py): {"quotes":[{"content":[{start,end,text}], "speaker":{...}|null,
/// "cue":{...}|null, "speaker_name":"..."}]}. PolNeAR's gold keeps the quotation marks inside the
/// content of a direct quote and the scorer tells direct quotes by them, so the marks around a piece
/// are put back here, while <see cref="Quote.Content"/> stays without them. PolNeAR's content of reported
/// speech also opens with its complementiser ("said that the plan failed" has content "that the plan failed"),
/// so a "that" right before reported content is put back too.
/// </summary>
public static class AttributionExport
{
    private static readonly JsonWriterOptions Options = new() { Indented = false };

    public static string ToJson(ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var text = analysis.Text;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("quotes");
            foreach (var quote in analysis.Quotes)
            {
                json.WriteStartObject();
                json.WriteStartArray("content");
                for (var p = 0; p < quote.Content.Count; p++)
                {
                    var piece = quote.Content[p];
                    WriteSpan(json, text, quote.Kind == QuoteKind.Direct ? WithQuotationMarks(text, piece) : WithClosingMark(text, p == 0 ? WithComplementiser(text, piece) : piece));
                }

                json.WriteEndArray();
                WriteOptionalSpan(json, "speaker", text, quote.SpeakerSpan);
                WriteOptionalSpan(json, "cue", text, quote.Cue);
                if (quote.SpeakerName is null)
                {
                    json.WriteNull("speaker_name");
                }
                else
                {
                    json.WriteString("speaker_name", quote.SpeakerName);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The piece widened to the quotation marks (and a handing-over comma) around it.</summary>
    public static TextSpan WithQuotationMarks(string text, TextSpan piece)
    {
        var start = piece.Start;
        var end = piece.End;
        while (start > 0 && char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        if (start > 1 && text[start - 1] == '\'' && text[start - 2] == '\'')
        {
            start -= 2; // ''wire style''
        }
        else if (start > 0 && IsQuotationMark(text[start - 1]))
        {
            start--;
        }
        else
        {
            start = piece.Start;
        }

        var close = end;
        while (close < text.Length && (text[close] == ',' || char.IsWhiteSpace(text[close]) && text[close] != '\n'))
        {
            close++;
        }

        if (close + 1 < text.Length && text[close] == '\'' && text[close + 1] == '\'')
        {
            end = close + 2;
        }
        else if (close < text.Length && IsQuotationMark(text[close]))
        {
            end = close + 1;
        }

        return new TextSpan(start, end);
    }

    /// <summary>The piece widened to a "that" just before it ("said that the plan failed").</summary>
    public static TextSpan WithComplementiser(string text, TextSpan piece)
    {
        var start = piece.Start;
        while (start > 0 && text[start - 1] is ' ' or ',')
        {
            start--;
        }

        return start >= 4 && string.CompareOrdinal(text, start - 4, "that", 0, 4) == 0 && (start == 4 || !char.IsLetterOrDigit(text[start - 5]))
            ? new TextSpan(start - 4, piece.End)
            : piece;
    }

    /// <summary>
    /// The piece widened to a closing quotation mark right after it: reported speech that ends in quoted words
    /// ("said every pope was ''both religious and political.''") keeps the mark, as PolNeAR's content does;
    /// without it a piece opened by wire-style '' would hold no mark the scorer reads as a quotation.
    /// </summary>
    public static TextSpan WithClosingMark(string text, TextSpan piece)
    {
        var close = piece.End;
        while (close < text.Length && close < piece.End + 2 && text[close] is '.' or ',' or '?' or '!')
        {
            close++;
        }

        if (close + 1 < text.Length && text[close] == '\'' && text[close + 1] == '\'')
        {
            return new TextSpan(piece.Start, close + 2);
        }

        if (close < text.Length && text[close] is '"' or '\u201d')
        {
            return new TextSpan(piece.Start, close + 1);
        }

        // A single mark closes only what a single mark opened in the piece ("calls it ‘troubling.’"), not an apostrophe.
        return close < text.Length && text[close] is '\u2019' or '\'' && OpensSingleQuotation(text, piece) ? new TextSpan(piece.Start, close + 1) : piece;
    }

    private static bool OpensSingleQuotation(string text, TextSpan piece)
    {
        for (var k = piece.Start; k < piece.End; k++)
        {
            if (text[k] == '\u2018' || (text[k] == '\'' && (k == 0 || char.IsWhiteSpace(text[k - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsQuotationMark(char c) => c is '"' or '\u201c' or '\u201d' or '\u201e';

    private static void WriteOptionalSpan(Utf8JsonWriter json, string name, string text, TextSpan? span)
    {
        if (span is { } s)
        {
            json.WritePropertyName(name);
            WriteSpan(json, text, s);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteSpan(Utf8JsonWriter json, string text, TextSpan span)
    {
        json.WriteStartObject();
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
        json.WriteString("text", span.Slice(text));
        json.WriteEndObject();
    }
}
