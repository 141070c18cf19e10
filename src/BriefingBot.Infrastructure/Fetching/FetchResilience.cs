using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace BriefingBot.Infrastructure.Fetching;

/// <summary>
/// The Polly pipeline under <see cref="SafeFetcher"/>: retries with jittered exponential backoff that honour
/// a short Retry-After, then a circuit breaker per host (one pipeline per authority), so a host that keeps
/// failing is left alone for a while instead of being hammered by every source on it.
/// </summary>
internal static class FetchResilience
{
    public const string PipelineName = "fetch";

    public static IHttpClientBuilder AddFetchResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            if (options.Retries > 0)
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = options.Retries,
                    Delay = options.RetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                    ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && !AsksToWaitLong(args.Outcome, options.MaxRetryAfter)),
                });
            }

            pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
            {
                MinimumThroughput = options.BreakAfterRequests,
                FailureRatio = options.BreakFailureRatio,
                SamplingDuration = options.SamplingWindow,
                BreakDuration = options.BreakDuration,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        }).SelectPipelineByAuthority();
        return builder;
    }

    // Our own refusals (an address that failed the check at connect time) are not the host's fault.
    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        HttpClientResiliencePredicates.IsTransient(outcome) && !IsOurRefusal(outcome.Exception);

    private static bool IsOurRefusal(Exception? exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is UnsafeAddressException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AsksToWaitLong(Outcome<HttpResponseMessage> outcome, TimeSpan max) =>
        outcome.Result?.Headers.RetryAfter is RetryConditionHeaderValue retryAfter
        && (retryAfter.Delta > max || (retryAfter.Date is { } date && date - DateTimeOffset.UtcNow > max));
}
