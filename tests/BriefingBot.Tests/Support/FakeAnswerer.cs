using System.Collections.Concurrent;
using BriefingBot.Core.Answering;
using BriefingBot.Core.Replies;

namespace BriefingBot.Tests.Support;

/// <summary>An IAnswerer that records the questions and answers with a fixed reply (or fails on request).</summary>
public sealed class FakeAnswerer(Func<string, Reply>? answer = null) : IAnswerer
{
    private readonly ConcurrentQueue<string> _questions = new();

    public IReadOnlyCollection<string> Questions => _questions;

    public Exception? Failure { get; set; }

    public Task<Reply> AnswerAsync(string message, CancellationToken cancellationToken = default)
    {
        _questions.Enqueue(message);
        if (Failure is not null)
        {
            throw Failure;
        }

        return Task.FromResult(answer?.Invoke(message) ?? SampleReplies.Cavusoglu);
    }
}
