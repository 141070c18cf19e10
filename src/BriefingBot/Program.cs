return await BriefingBot.Cli.Cli.RunAsync(args);
