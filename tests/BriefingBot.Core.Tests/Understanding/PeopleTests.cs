using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

public class PeopleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_country_possessive_and_title_make_the_role()
    {
        var text = "Azerbaijan’s Foreign Minister Elmar Mammadyarov spoke first.\n\n\"We agree on the main points,\" Mammadyarov said.";
        var person = Assert.Single(Analyzer.Analyze(text).People);
        Assert.Equal("Elmar Mammadyarov", person.FullName);
        Assert.Equal("Foreign Minister", person.Title);
        Assert.Equal("Azerbaijan's foreign minister", person.Role);
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_demonym_before_a_title_names_the_country()
    {
        var text = "Turkish President Recep Tayyip Erdogan ratified the document.";
        var person = Assert.Single(Analyzer.Analyze(text).People);
        Assert.Equal("Recep Tayyip Erdogan", person.FullName);
        Assert.Equal("Turkey's president", person.Role);
    }

    [Fact]
    public void Counterparts_from_countries_take_their_country_and_the_office()
    {
        var text = "Foreign Minister Ana Ruiz met her counterparts from Chile and Peru, Luis Soto and Marta Vega, respectively, in Lima.";
        var people = Analyzer.Analyze(text).People;
        Assert.Equal("Chile's foreign minister", people.Single(p => p.FullName == "Luis Soto").Role);
        Assert.Equal("Peru's foreign minister", people.Single(p => p.FullName == "Marta Vega").Role);
    }

    [Fact]
    public void An_appositive_gives_the_role()
    {
        var text = "Elnur Ismayil, a research fellow at the Ankara-based BILGESAM think tank, says the partnership matters a great deal.";
        var analysis = Analyzer.Analyze(text);
        var person = Assert.Single(analysis.People, p => p.Kind == EntityKind.Person);
        Assert.Equal("Elnur Ismayil", person.FullName);
        Assert.Equal("research fellow at the Ankara-based BILGESAM think tank", person.Role);
        Assert.Equal("Elnur Ismayil", Assert.Single(analysis.Quotes).SpeakerName);
    }

    [Fact]
    public void An_appositive_without_an_article_gives_the_role_when_it_opens_with_an_office()
    {
        var analysis = Analyzer.Analyze("Yuriy Kovalchuk, chief executive of Eastline Rail, said his company was ready.");

        Assert.Equal("chief executive of Eastline Rail", Assert.Single(analysis.People, p => p.FullName == "Yuriy Kovalchuk").Role);
    }

    [Fact]
    public void A_clause_after_a_name_is_no_role()
    {
        var analysis = Analyzer.Analyze("Yuriy Kovalchuk, who runs Eastline Rail, said his company was ready.");

        Assert.Null(Assert.Single(analysis.People, p => p.FullName == "Yuriy Kovalchuk").Role);
    }

    [Fact]
    public void An_appositive_that_ends_the_sentence_gives_the_role()
    {
        var analysis = Analyzer.Analyze("\"The reservoirs are low,\" said Dr. Nino Beridze, a hydrologist at the University of Tamsk.");

        Assert.Equal("hydrologist at the University of Tamsk", Assert.Single(analysis.People, p => p.FullName == "Nino Beridze").Role);
    }

    [Theory]
    [InlineData("\"God forbid we ask the FBI anything,\" said Rep. Trey Gowdy (R-S.C.).", "Trey Gowdy")]
    [InlineData("Sen. Claire McCaskill (D-Mo.) said the vote would be close.", "Claire McCaskill")]
    [InlineData("\"The panel will vote,\" said Rep. Jim Clyburn (D-S.C.).", "Jim Clyburn")]
    public void A_legislators_party_and_state_tag_is_not_taken_for_the_speaker(string text, string speaker)
    {
        var analysis = Analyzer.Analyze(text);

        Assert.Equal(speaker, Assert.Single(analysis.Quotes).SpeakerName);
        Assert.DoesNotContain(analysis.People, p => p.FullName.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Surname_mentions_resolve_regardless_of_diacritics()
    {
        var text = "Foreign Minister Mevlüt Çavuşoğlu arrived.\n\n\"We complement each other in this area,\" FM Cavusoglu said.";
        var analysis = Analyzer.Analyze(text);
        var person = Assert.Single(analysis.People);
        var quote = Assert.Single(analysis.Quotes);
        Assert.Equal(person.Id, quote.SpeakerId);
        Assert.Equal("Mevlüt Çavuşoğlu", quote.SpeakerName);
    }

    [Fact]
    public void A_speaking_organisation_is_an_organisation()
    {
        var text = "The talks will continue next month in Ankara, the ministry said.";
        var analysis = Analyzer.Analyze(text);
        var entity = Assert.Single(analysis.People);
        Assert.Equal(EntityKind.Organization, entity.Kind);
        Assert.Equal("ministry", entity.FullName);
    }
}
