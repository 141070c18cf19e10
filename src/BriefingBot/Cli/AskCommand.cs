using System.CommandLine;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Replies;

namespace BriefingBot.Cli;

/// <summary>BriefingBot ask "question": prints the answer as plain text, as the bot would reply.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, e.g. \"what did Cavusoglu say?\"" };
        var command = new Command("ask", "Answer a question from the archive and print the reply as text") { question };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var text = parse.GetValue(question) ?? string.Empty;
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CliError("the question is empty; try: ask \"what did <name> say?\"");
            }

            await using var services = CliServices.Build(parse.GetValue(CliOptions.Data));
            var reply = await services.GetRequiredService<IAnswerer>().AnswerAsync(text, cancellationToken);
            await parse.InvocationConfiguration.Output.WriteLineAsync(PlainTextRenderer.Render(reply));
            return 0;
        });
        return command;
    }
}
