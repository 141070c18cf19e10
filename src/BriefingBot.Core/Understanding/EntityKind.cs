namespace BriefingBot.Core.Understanding;

public enum EntityKind
{
    Person,
    Organization,
}
