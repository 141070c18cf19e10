using BriefingBot.Core.Understanding.Sentences;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>Penn-Treebank-tokenized, lowercased text (the CNN/DailyMail form) next to raw news text.</summary>
public class TokenizedSentenceTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Slice(text)).ToArray();

    [Fact]
    public void Tokenized_text_ends_sentences_at_lone_full_stops_before_lowercase_words()
    {
        var text = "( cnn ) -- the talks ended , officials said . nobody left happy ! why now ? the u.s. team flew home .";
        Assert.Equal(
            ["( cnn ) -- the talks ended , officials said .", "nobody left happy !", "why now ?", "the u.s. team flew home ."],
            Split(text));
    }

    [Fact]
    public void Closing_quote_and_bracket_tokens_stay_with_their_sentence()
    {
        var text = "he said , `` we do n't know . '' the minister -lrb- left -rrb- agreed . ( it was late . ) talks resume monday .";
        Assert.Equal(
            ["he said , `` we do n't know . ''", "the minister -lrb- left -rrb- agreed .", "( it was late . )", "talks resume monday ."],
            Split(text));
    }

    [Fact]
    public void A_lone_ellipsis_inside_a_tokenized_quote_does_not_end_the_sentence()
    {
        var text = "`` i 'm hopeful ... but it will take time , '' she said , adding that work goes on . the end came later .";
        Assert.Equal(2, Split(text).Length);
    }

    [Fact]
    public void Raw_text_is_not_mistaken_for_tokenized_text()
    {
        // Attached commas and full stops, a stray spaced dash: the raw rules apply ("U.S." and "Jan." do not split).
        var text = "The U.S. delegation, led by Mr. Smith, arrived on Jan. 5 - late, tired, hungry. The talks began.";
        Assert.Equal(["The U.S. delegation, led by Mr. Smith, arrived on Jan. 5 - late, tired, hungry.", "The talks began."], Split(text));
    }

    [Fact]
    public void Tokenized_spans_point_into_the_original_text()
    {
        var text = "  first one , here .   second one , there .  third , too .";
        foreach (var span in SentenceSplitter.Split(text))
        {
            Assert.Equal(span.Slice(text).Trim(), span.Slice(text));
            Assert.EndsWith(".", span.Slice(text));
        }
    }
}
