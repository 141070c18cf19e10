using BriefingBot.Core.Text;

namespace BriefingBot.Core.Tests.Text;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 15 * 60)]
    [InlineData("24h", 24 * 3600)]
    [InlineData("1h30m", 5400)]
    [InlineData(" 1H 30M ", 5400)]
    [InlineData("3d", 3 * 86400)]
    [InlineData("1w", 7 * 86400)]
    [InlineData("4000d", 4000L * 86400)]
    public void Typed_durations_read_as_people_mean_them(string text, long seconds)
    {
        Assert.True(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromSeconds(seconds), duration);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("15")]
    [InlineData("-5m")]
    [InlineData("0m")]
    [InlineData("1.5h")]
    [InlineData("100001d")]
    [InlineData("99999999999999999999m")]
    public void Anything_else_is_not_a_duration(string? text)
    {
        Assert.False(DurationText.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.Zero, duration);
    }

    [Theory]
    [InlineData(45)]
    [InlineData(15 * 60)]
    [InlineData(5400)]
    [InlineData(90061)]
    public void Formatted_durations_read_back_to_the_same_duration(long seconds)
    {
        var duration = TimeSpan.FromSeconds(seconds);

        Assert.True(DurationText.TryParse(DurationText.Format(duration), out var back));
        Assert.Equal(duration, back);
    }
}
