using System.Text.Json;
using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Evaluation;

public class AttributionExportTests
{
    [Fact]
    public void Direct_quotes_are_exported_with_their_quotation_marks_speaker_cue_and_name()
    {
        var text = "Finance Minister Karl Weber spoke.\n\n\"Budgets are about choices,\" he said, \"hard ones.\"";
        var json = AttributionExport.ToJson(new ArticleAnalyzer().Analyze(text));
        using var document = JsonDocument.Parse(json);
        var quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        var content = quote.GetProperty("content").EnumerateArray().ToList();
        Assert.Equal(2, content.Count);
        Assert.Equal("\"Budgets are about choices,\"", content[0].GetProperty("text").GetString());
        Assert.Equal("\"hard ones.\"", content[1].GetProperty("text").GetString());
        foreach (var piece in content)
        {
            var start = piece.GetProperty("start").GetInt32();
            var end = piece.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], piece.GetProperty("text").GetString());
        }

        Assert.Equal("he", quote.GetProperty("speaker").GetProperty("text").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        Assert.Equal("Karl Weber", quote.GetProperty("speaker_name").GetString());
    }

    [Fact]
    public void Missing_speaker_and_cue_are_null()
    {
        var text = "\"This is a long quotation that nobody claims as their own words.\"";
        using var document = JsonDocument.Parse(AttributionExport.ToJson(new ArticleAnalyzer().Analyze(text)));
        var quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("speaker").ValueKind);
        Assert.Equal(JsonValueKind.Null, quote.GetProperty("cue").ValueKind);
    }

    [Fact]
    public void Reported_content_is_exported_with_its_that_as_PolNeAR_annotates_it()
    {
        var text = "Mayor Ann Lee said that the bridge would reopen in May.";
        using var document = JsonDocument.Parse(AttributionExport.ToJson(new ArticleAnalyzer().Analyze(text)));
        var quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("that the bridge would reopen in May", quote.GetProperty("content")[0].GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("Mayor Ann Lee said the bridge would reopen in May.", 19, 29, "the bridge")]
    [InlineData("It is what that means: the bridge.", 23, 33, "the bridge")]
    [InlineData("He said, that, the bridge.", 15, 25, "that, the bridge")]
    public void Only_a_whole_word_that_right_before_the_content_is_put_back(string text, int start, int end, string expected)
    {
        var piece = AttributionExport.WithComplementiser(text, new Core.Text.TextSpan(start, end));
        Assert.Equal(expected, piece.Slice(text));
    }

    [Theory]
    [InlineData("Mayor Ann Lee said every plan was ''both costly and late.'' The council met.", "''both costly and late.''")]
    [InlineData("Mayor Ann Lee said every plan was \u201cboth costly and late.\u201d The council met.", "\u201cboth costly and late.\u201d")]
    [InlineData("Mayor Ann Lee said every plan was \u2018both costly and late.\u2019 The council met.", "\u2018both costly and late.\u2019")]
    public void Reported_speech_ending_in_quoted_words_keeps_the_closing_mark(string text, string ending)
    {
        using var document = JsonDocument.Parse(AttributionExport.ToJson(new ArticleAnalyzer().Analyze(text)));
        var quote = Assert.Single(document.RootElement.GetProperty("quotes").EnumerateArray());
        var content = quote.GetProperty("content")[0].GetProperty("text").GetString();
        Assert.EndsWith(ending, content, StringComparison.Ordinal);
        Assert.StartsWith("every plan", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Reported_speech_not_followed_by_a_closing_mark_is_left_as_it_is()
    {
        var text = "Mayor Ann Lee said the plan was late. \u201cWe will fix it,\u201d she added.";
        var piece = AttributionExport.WithClosingMark(text, new Core.Text.TextSpan(19, 36));
        Assert.Equal("the plan was late", piece.Slice(text));
        var apostrophe = "Mayor Ann Lee said the plan was the workers' ";
        Assert.Equal("the plan was the workers", AttributionExport.WithClosingMark(apostrophe, new Core.Text.TextSpan(19, 43)).Slice(apostrophe));
    }
}
