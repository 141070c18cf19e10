using BriefingBot.Hosting;

return await Cli.RunAsync(args);
