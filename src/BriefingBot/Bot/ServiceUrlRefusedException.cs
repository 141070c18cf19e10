namespace BriefingBot.Bot;

/// <summary>Thrown before the turn when <see cref="LocalServiceUrlPolicy"/> refuses an activity; the endpoint answers 403.</summary>
internal sealed class ServiceUrlRefusedException() : Exception(LocalServiceUrlPolicy.Refusal);
