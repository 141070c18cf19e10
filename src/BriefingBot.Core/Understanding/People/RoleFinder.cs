using BriefingBot.Core.Understanding.Tokens;

namespace BriefingBot.Core.Understanding.People;

/// <summary>
/// Roles stated around a name rather than in front of it, keyed by the name's start offset:
/// an appositive ("Elnur Ismayil, a research fellow at the BILGESAM think tank,") and the
/// "counterparts from Turkey and Pakistan, Mevlut Cavusoglu and Muhammad Asif, respectively" pattern,
/// where each name takes its country and the office of the person whose counterparts they are.
/// </summary>
internal static class RoleFinder
{
    public static Dictionary<int, string> Roles(string text, List<Token> tokens, List<NameRun> runs)
    {
        var roles = new Dictionary<int, string>();
        Appositives(text, tokens, runs, roles);
        Counterparts(tokens, runs, roles);
        DescriptorRoles.Find(tokens, runs, roles);
        return roles;
    }

    private static void Appositives(string text, List<Token> tokens, List<NameRun> runs, Dictionary<int, string> roles)
    {
        foreach (var run in runs)
        {
            if (run.Name.IndexOf(' ') < 0)
            {
                continue; // a lone surname's appositive is usually a clause, not a role
            }

            var after = TokenSearch.FirstAtOrAfter(tokens, run.Span.End);
            if (after >= tokens.Count || after + 2 >= tokens.Count || tokens[after].Text != ",")
            {
                continue;
            }

            // "X, a research fellow at ...," or, without an article, "X, chief executive of Eastline Rail,":
            // a bare appositive must open with an office or speaker noun, or it is a clause ("X, who ...").
            var determiner = tokens[after + 1].Is("a") || tokens[after + 1].Is("an") || tokens[after + 1].Is("the");
            if (!determiner && !OpensARole(tokens[after + 1]))
            {
                continue;
            }

            var first = determiner ? after + 2 : after + 1;
            for (var j = first; j < tokens.Count && j < after + 20; j++)
            {
                if (tokens[j].Text is "," or "." or ";" || tokens[j].Kind is TokenKind.LineBreak or TokenKind.QuoteMark)
                {
                    // A closing comma, or the sentence's end when the name closes it ("..., said Dr. Nino Beridze, a
                    // hydrologist at the University of Tamsk.").
                    if (tokens[j].Text is "," or "." && j > first)
                    {
                        roles[run.NameSpan.Start] = text[tokens[first].Start..tokens[j - 1].End];
                    }

                    break;
                }
            }
        }
    }

    private static bool OpensARole(Token token) =>
        token.Text.Length > 1 && char.IsLower(token.Text[0]) && Lexicon.Lexicon.Instance.SpeakerNouns.Contains(token.Text);

    private static void Counterparts(List<Token> tokens, List<NameRun> runs, Dictionary<int, string> roles)
    {
        for (var k = 0; k + 2 < tokens.Count; k++)
        {
            if (!(tokens[k].Is("counterparts") || tokens[k].Is("counterpart")) || !(tokens[k + 1].Is("from") || tokens[k + 1].Is("of") || tokens[k + 1].Is("in")))
            {
                continue;
            }

            // The countries, up to the comma.
            var countries = new List<string>();
            var j = k + 2;
            for (; j < tokens.Count && tokens[j].Text != ","; j++)
            {
                // Any place name will do ("Chile", "the Basque Country"): the pattern itself says they are places.
                if (tokens[j].IsCapitalized)
                {
                    countries.Add(tokens[j].Stem);
                }
                else if (!(tokens[j].Is("and") || tokens[j].Kind == TokenKind.Punctuation))
                {
                    break;
                }
            }

            if (countries.Count == 0 || j >= tokens.Count || tokens[j].Text != ",")
            {
                continue;
            }

            // The names, in the same order.
            var names = runs.Where(r => r.Span.Start > tokens[j].Start).Take(countries.Count).ToList();
            var office = runs.LastOrDefault(r => r.Span.End <= tokens[k].Start && r.TitleRole is { Length: > 0 })?.TitleRole;
            if (office is null || names.Count != countries.Count)
            {
                continue;
            }

            for (var n = 0; n < names.Count; n++)
            {
                roles[names[n].NameSpan.Start] = $"{countries[n]}'s {office}";
            }
        }
    }
}
