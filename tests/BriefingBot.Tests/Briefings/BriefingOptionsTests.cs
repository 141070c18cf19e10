using BriefingBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace BriefingBot.Tests.Briefings;

public sealed class BriefingOptionsTests
{
    [Theory]
    [InlineData("Briefings:GraceWindow", "1.00:00:00")]
    [InlineData("Briefings:GraceWindow", "-00:10:00")]
    [InlineData("Briefings:CheckInterval", "00:00:00")]
    [InlineData("Briefings:MaxStories", "0")]
    [InlineData("Briefings:DefaultWindow", "00:00:00")]
    public async Task Invalid_briefing_settings_stop_the_host_at_start_naming_the_setting(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };

        var failure = await Record.ExceptionAsync(async () => await (await BotHost.StartAsync(new FakeAnswerer(), settings)).DisposeAsync());

        var invalid = Assert.IsType<OptionsValidationException>(failure);
        Assert.Contains(key.Split(':')[1], string.Join(' ', invalid.Failures), StringComparison.Ordinal);
    }
}
