using BriefingBot.Core.Understanding;

namespace BriefingBot.Core.Tests.Understanding;

/// <summary>People and roles in the shapes our demo articles use: compound titles, lists of officials, appositive titles.</summary>
public class TitledPeopleTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static Person PersonNamed(ArticleAnalysis analysis, string fullName) =>
        Assert.Single(analysis.People, p => p.FullName == fullName);

    [Fact]
    public void People_listed_with_roles_are_found_before_they_speak()
    {
        var text = "The agreement was signed in Baku by Azerbaijan's Deputy Transport Minister Leyla Hasanova, "
            + "Kazakhstan's port authority chief Aidos Nurlanov and Turkmenistan's maritime agency head Merdan Atayev.\n\n"
            + "\"We are building one corridor,\" Hasanova said.\n\n"
            + "\"We are not competing any more,\" Nurlanov told reporters.\n\n"
            + "According to Atayev, the operators will add two night crossings a week.";
        var analysis = Analyzer.Analyze(text);

        Assert.Equal("Azerbaijan's deputy transport minister", PersonNamed(analysis, "Leyla Hasanova").Role);
        Assert.Equal("Kazakhstan's port authority chief", PersonNamed(analysis, "Aidos Nurlanov").Role);
        Assert.Equal("Turkmenistan's maritime agency head", PersonNamed(analysis, "Merdan Atayev").Role);
        Assert.Equal(3, analysis.Quotes.Count);
        Assert.Equal(["Leyla Hasanova", "Aidos Nurlanov", "Merdan Atayev"], analysis.Quotes.Select(q => q.SpeakerName));
        Assert.All(analysis.Quotes, q => Assert.NotNull(q.SpeakerRole));
    }

    [Fact]
    public void A_minister_of_a_portfolio_keeps_the_portfolio_in_the_role_not_in_the_name()
    {
        var text = "The stations will publish river levels every hour, Uzbekistan's Minister of Water Resources Dilshod Karimov said.\n\n"
            + "\"Every farmer will see the same figures we do,\" Karimov said.";
        var analysis = Analyzer.Analyze(text);

        var karimov = PersonNamed(analysis, "Dilshod Karimov");
        Assert.Equal("Uzbekistan's minister of water resources", karimov.Role);
        Assert.All(analysis.Quotes, q => Assert.Equal(karimov.Id, q.SpeakerId));
    }

    [Fact]
    public void A_demonym_and_a_title_with_rank_and_portfolio_make_the_role()
    {
        var text = "Kyrgyz Deputy Energy Minister Aizada Tokonova said the data would help upstream reservoirs.";
        var analysis = Analyzer.Analyze(text);

        // Demonyms are written as the country's possessive, as "Turkish President" gives "Turkey's president".
        var tokonova = PersonNamed(analysis, "Aizada Tokonova");
        Assert.Equal("Kyrgyzstan's deputy energy minister", tokonova.Role);
        Assert.Equal("Deputy Energy Minister", tokonova.Title);
        Assert.Equal("Aizada Tokonova", Assert.Single(analysis.Quotes).SpeakerName);
    }

    [Fact]
    public void A_portfolio_title_after_a_demonym_makes_the_role()
    {
        var text = "Georgian Transport Minister Nino Kapanadze said the two governments had agreed to commission a study.";
        var analysis = Analyzer.Analyze(text);

        Assert.Equal("Georgia's transport minister", PersonNamed(analysis, "Nino Kapanadze").Role);
        Assert.Equal("Nino Kapanadze", Assert.Single(analysis.Quotes).SpeakerName);
    }

    [Fact]
    public void A_title_set_off_by_commas_names_the_person_after_it_and_later_surnames_resolve_to_them()
    {
        var text = "Armenia's Deputy Minister of Territorial Administration, Arsen Petrosyan, said the talks were constructive.\n\n"
            + "\"We have the engineers and we have the political will,\" Petrosyan told the Demo Wire.";
        var analysis = Analyzer.Analyze(text);

        var petrosyan = Assert.Single(analysis.People);
        Assert.Equal("Arsen Petrosyan", petrosyan.FullName);
        Assert.Equal(EntityKind.Person, petrosyan.Kind);
        Assert.Equal("Armenia's deputy minister of territorial administration", petrosyan.Role);
        Assert.Equal(2, analysis.Quotes.Count);
        Assert.All(analysis.Quotes, q => Assert.Equal(petrosyan.Id, q.SpeakerId));
        Assert.All(analysis.Quotes, q => Assert.Equal("Arsen Petrosyan", q.SpeakerName));
    }

    [Fact]
    public void A_lower_case_role_after_a_country_and_before_a_comma_is_the_whole_role()
    {
        var text = "Tajikistan's delegation head, Firuz Rahimov, said the network was a first step towards trust.";
        var analysis = Analyzer.Analyze(text);

        Assert.Equal("Tajikistan's delegation head", PersonNamed(analysis, "Firuz Rahimov").Role);
        Assert.Equal("Tajikistan's delegation head", Assert.Single(analysis.Quotes).SpeakerRole);
    }

    [Fact]
    public void Countries_that_agree_are_not_people()
    {
        var text = "Ferry operators from Azerbaijan, Kazakhstan and Turkmenistan agreed on Monday to run a single timetable.";
        Assert.DoesNotContain(Analyzer.Analyze(text).People, p => p.FullName == "Turkmenistan");
    }
}
