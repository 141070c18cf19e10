namespace BriefingBot.Demo;

/// <summary>Section "Demo".</summary>
public sealed class DemoOptions
{
    public const string SectionName = "Demo";

    /// <summary>Load the demo articles at start when the archive is empty, so a new user can chat at once.</summary>
    public bool SeedArticles { get; set; } = true;
}
