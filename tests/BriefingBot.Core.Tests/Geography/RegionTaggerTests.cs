using BriefingBot.Core.Geography;

namespace BriefingBot.Core.Tests.Geography;

public class RegionTaggerTests
{
    private static readonly RegionTagger Tagger = new();

    private static IReadOnlyList<string> Countries(ArticleGeography g) => g.Countries.Select(c => c.Key).ToList();

    private static IReadOnlyList<string> Regions(ArticleGeography g) => g.Regions.Select(r => r.Name).ToList();

    [Fact]
    public void Seed_article_is_about_azerbaijan_turkey_pakistan_and_armenia_in_the_south_caucasus_and_western_and_southern_asia()
    {
        var geography = Tagger.Tag(null, SharedData.SeedArticleText);

        Assert.Equal(["AM", "AZ", "PK", "TR"], Countries(geography).Where(c => c is "AZ" or "TR" or "PK" or "AM").Order().ToList());
        Assert.Equal("AZ", geography.Countries[0].Key); // named in the headline, the lead and throughout
        Assert.Contains("South Caucasus", Regions(geography));
        Assert.Contains("Western Asia", Regions(geography));
        Assert.Contains("Southern Asia", Regions(geography));
        Assert.Contains("Caspian", Regions(geography));
        Assert.DoesNotContain("South America", Regions(geography));
    }

    [Fact]
    public void Headline_mentions_outweigh_the_same_mention_deep_in_the_body()
    {
        var body = string.Join(' ', Enumerable.Repeat("Officials met for a second day of talks on grain exports and tariffs.", 10)) + " Kenya was also mentioned.";

        var inHeadline = Tagger.Tag("Kenya and Ghana sign a trade deal", body);
        var inBody = Tagger.Tag("A trade deal is signed", body);

        Assert.Contains("KE", Countries(inHeadline));
        Assert.Contains("GH", Countries(inHeadline));
        Assert.DoesNotContain("KE", Countries(inBody)); // one passing mention far down is not what the story is about
        Assert.True(inHeadline.Countries.Single(c => c.Key == "KE").Score > 3);
    }

    [Fact]
    public void Demonyms_capitals_and_foreign_minister_of_x_place_a_story()
    {
        var geography = Tagger.Tag(
            "Turkish and Azerbaijani envoys meet in Tbilisi",
            "The Foreign Minister of Kazakhstan joined the talks in Tbilisi, where Turkish officials pressed for a rail deal. Azerbaijanis welcomed it.");

        Assert.Contains("TR", Countries(geography));
        Assert.Contains("AZ", Countries(geography));
        Assert.Contains("GE", Countries(geography));
        Assert.Contains("KZ", Countries(geography));
        Assert.Contains("South Caucasus", Regions(geography));
    }

    [Fact]
    public void Regional_terms_tag_a_region_without_naming_a_member()
    {
        var geography = Tagger.Tag("Shelling resumes in Nagorno-Karabakh", "Residents of Stepanakert reported shelling overnight.");

        Assert.Contains("South Caucasus", Regions(geography));
        Assert.Empty(geography.Countries);
    }

    [Fact]
    public void Lower_case_words_that_spell_a_place_are_not_places()
    {
        var geography = Tagger.Tag("Families buy a turkey for the holiday", "Prices of turkey and china plates rose; they will chad the ballots, officials said.");

        Assert.Empty(geography.Countries);
        Assert.Empty(geography.Regions);
    }

    [Fact]
    public void Folded_spellings_and_possessives_match()
    {
        var mentions = Tagger.Mentions("Türkiye's minister flew from Montreal to Yerevan via the U.S. embassy in Ankara.");

        Assert.Equal(["TR", "CA", "AM", "US", "TR"], mentions.Select(m => m.Name.Target).ToList());
        Assert.Equal(PlaceKind.City, mentions[1].Name.Kind); // "Montréal" in the gazetteer
        Assert.Equal(PlaceKind.Capital, mentions[2].Name.Kind);
    }

    [Fact]
    public void The_sources_default_region_is_kept_even_when_the_text_names_no_place()
    {
        var geography = Tagger.Tag("Budget passes", "Parliament passed the budget on Tuesday.", defaultRegion: "the South Caucasus");

        var region = Assert.Single(geography.Regions);
        Assert.Equal("South Caucasus", region.Name);
    }

    [Fact]
    public void Gazetteer_has_every_un_member_and_regions_reference_only_known_countries()
    {
        var gazetteer = Gazetteer.Default;

        Assert.True(gazetteer.Countries.Count >= 193);
        Assert.Equal("Western Asia", gazetteer.Country("AZ")!.Subregion);
        Assert.Equal(["AM", "AZ", "GE"], gazetteer.Regions.Single(r => r.Name == "South Caucasus").Countries.Order().ToList());
        Assert.All(gazetteer.Regions.SelectMany(r => r.Countries), code => Assert.NotNull(gazetteer.Country(code)));
    }
}
