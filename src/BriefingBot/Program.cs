using Microsoft.Bot.Builder.Integration.AspNet.Core;
Console.WriteLine(typeof(CloudAdapter).FullName);
