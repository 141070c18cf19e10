using BriefingBot.Core.Evaluation;
using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Evaluation;

public class BratAttributionsTests
{
    [Fact]
    public void Events_give_their_content_and_cue_pieces()
    {
        var ann = string.Join('\n',
            "T1\tSource 0 8\tThe mayor",
            "T2\tCue 9 13\tsaid",
            "T3\tContent 14 30;40 52\tthe bridge is sa fe for now",
            "T4\tAttribution 9 13\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tContent 60 70\tno cue here",
            "E2\tAttribution:T4 Content:T5");
        var gold = BratAttributions.Read(ann);
        Assert.Equal(2, gold.Count);
        Assert.Equal([new TextSpan(14, 30), new TextSpan(40, 52)], gold[0].Content);
        Assert.Equal([new TextSpan(9, 13)], gold[0].Cue);
        Assert.Equal([new TextSpan(0, 8)], gold[0].Source);
        Assert.Empty(gold[1].Cue);
        Assert.Empty(gold[1].Source);
    }

    [Fact]
    public void Malformed_lines_are_skipped()
    {
        var gold = BratAttributions.Read("garbage\nT1\tContent x y\tz\nE1\tAttribution:T9 Content:T1\n\nT2\tContent 5\n");
        Assert.Empty(gold);
    }
}
