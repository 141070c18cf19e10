using System.CommandLine;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Replies;

namespace BriefingBot.Cli;

/// <summary>
/// BriefingBot ask "question" [--conversation NAME]: prints the answer as plain text, as the bot would reply.
/// With a conversation name, follow-ups ("more", "and Pakistan?") continue that conversation across runs.
/// </summary>
internal static class AskCommand
{
    // Kept apart from chat conversations, whose keys start with the channel id.
    private const string KeyPrefix = "cli:";

    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"what did Cavusoglu say?\"" };
        var conversation = new Option<string?>("--conversation")
        {
            Description = "Continue a named conversation, so that \"more\" and \"and X?\" follow up the last question asked with that name",
            HelpName = "NAME",
        };
        var command = new Command("ask", "Answer a question from the archive and print the reply as text") { question, conversation };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(question) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliError("the question is empty; try: ask \"what did <name> say?\"");
            }

            var name = parse.GetValue(conversation);
            if (name is not null && (string.IsNullOrWhiteSpace(name) || name.Length > 100))
            {
                throw new CliError("--conversation needs a name of 1 to 100 characters");
            }

            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var answerer = services.GetRequiredService<IAnswerer>();
            var reply = name is null
                ? await answerer.AnswerAsync(text, cancellationToken)
                : await answerer.AnswerAsync(text, KeyPrefix + name.Trim(), cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(PlainTextRenderer.Render(reply));
            return 0;
        });
        return command;
    }
}
