using System.CommandLine;
using BriefingBot.Core.Briefings;
using BriefingBot.Core.Geography;
using BriefingBot.Infrastructure.Admin;
using BriefingBot.Infrastructure.Storage;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot regions list | add NAME --countries AZ,GE [--terms "A|B"] | remove NAME | backfill: the regions
/// admins define beside the built-in ones (kept in the database; briefings and subscriptions can name them),
/// and tagging the articles stored before region tagging existed.
/// </summary>
internal static class RegionsCommand
{
    public static Command Create()
    {
        var list = new Command("list", "List the built-in groupings and the regions admins defined");
        list.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var output = parse.InvocationConfiguration.Output;
            foreach (var region in Gazetteer.Default.Regions)
            {
                await output.WriteLineAsync($"{region.Name}\t{region.Kind.ToString().ToLowerInvariant()}\t{string.Join(',', region.Countries.Order(StringComparer.Ordinal))}");
            }

            foreach (var region in await services.GetRequiredService<SqliteBriefingArchive>().CustomRegionsAsync(cancellationToken))
            {
                await output.WriteLineAsync($"{region.Name}\tcustom\t{string.Join(',', region.Countries.Order(StringComparer.Ordinal))}\t{string.Join('|', region.Terms)}");
            }

            return 0;
        });

        var name = new Argument<string>("name") { Description = "The region's name, e.g. \"Silk Road\"" };
        var countries = new Option<string?>("--countries") { Description = "Member countries as ISO codes or names, comma-separated: UZ,KZ,Turkmenistan", HelpName = "LIST" };
        var terms = new Option<string?>("--terms") { Description = "Places or names that put a story in the region, '|'-separated", HelpName = "LIST" };
        var add = new Command("add", "Define a region (or replace the one with that name)") { name, countries, terms };
        add.SetAction(async (parse, cancellationToken) =>
        {
            var regionName = (parse.GetValue(name) ?? string.Empty).Trim();
            if (Region.KeyOf(regionName).Length == 0)
            {
                throw new CliError("the region needs a name");
            }

            var areas = new AreaDirectory();
            var members = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var item in (parse.GetValue(countries) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var code = Gazetteer.Default.Country(item)?.Code ?? areas.Find(item)?.Countries.SingleOrDefault()
                    ?? throw new CliError($"'{item}' is not a country code or name the gazetteer knows");
                members.Add(code);
            }

            var termList = (parse.GetValue(terms) ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (members.Count == 0 && termList.Length == 0)
            {
                throw new CliError("give --countries, --terms or both");
            }

            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var region = new Region(regionName, RegionKind.Custom, members, termList);
            await services.GetRequiredService<SqliteBriefingArchive>().SaveCustomRegionAsync(region, SourcesCommand.Actor, DateTimeOffset.UtcNow, cancellationToken);
            await services.GetRequiredService<SqliteAdminStore>().RecordAsync(SourcesCommand.Actor, "region.define", $"{regionName}: {string.Join(',', members.Order(StringComparer.Ordinal))}; terms: {string.Join('|', termList)}", cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"saved {regionName}: {string.Join(',', members.Order(StringComparer.Ordinal))} {string.Join('|', termList)}".TrimEnd());
            return 0;
        });

        var removeName = new Argument<string>("name") { Description = "The region's name" };
        var remove = new Command("remove", "Remove a region an admin defined") { removeName };
        remove.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var regionName = parse.GetValue(removeName) ?? string.Empty;
            if (!await services.GetRequiredService<SqliteBriefingArchive>().RemoveCustomRegionAsync(regionName, cancellationToken))
            {
                throw new CliError($"no region called '{regionName}' was defined");
            }

            await services.GetRequiredService<SqliteAdminStore>().RecordAsync(SourcesCommand.Actor, "region.remove", regionName, cancellationToken);

            await parse.InvocationConfiguration.Output.WriteLineAsync($"removed {regionName}");
            return 0;
        });

        var backfill = new Command("backfill", "File the articles stored before region tagging (or with no place found) under their countries and regions");
        backfill.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var tagger = services.GetRequiredService<RegionTagger>();
            var tagged = await services.GetRequiredService<SqliteArticleStore>().TagUntaggedAsync((title, body) => tagger.Tag(title, body), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{tagged} article(s) filed under their places");
            return 0;
        });

        return new Command("regions", "List, define and remove the regions briefings can be about") { list, add, remove, backfill };
    }
}
