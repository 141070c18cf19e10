using System.Net;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;

namespace BriefingBot.Tests.Robustness;

/// <summary>Stopping the service (SIGTERM, a deployment) lets the turns in flight finish and reply.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_turn_in_flight_when_the_service_stops_still_sends_its_reply_and_the_host_then_stops()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var answerer = new GatedAnswerer();
        await using var host = await BotHost.StartAsync(answerer);

        var post = TestActivities.PostAsync(host.Client, TestActivities.Message("what did Cavusoglu say?", connector.ServiceUrl));
        await answerer.Entered.WaitAsync(FakeBotConnector.DefaultTimeout);
        var stopping = host.StopAsync();

        Assert.False(stopping.IsCompleted);
        answerer.Release();
        using var response = await post.WaitAsync(FakeBotConnector.DefaultTimeout);
        var reply = await connector.NextMessageAsync();
        await stopping.WaitAsync(FakeBotConnector.DefaultTimeout);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Cavusoglu", reply.Text ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(host.Logs.Lines, line => line.StartsWith("Error ", StringComparison.Ordinal));
    }

    /// <summary>Answers only when released, so a test can hold a turn in flight.</summary>
    private sealed class GatedAnswerer : IAnswerer
    {
        private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Entered => _entered.Task;

        public void Release() => _release.TrySetResult();

        public async Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default)
        {
            _entered.TrySetResult();
            await _release.Task;
            return SampleReplies.Cavusoglu;
        }
    }
}
