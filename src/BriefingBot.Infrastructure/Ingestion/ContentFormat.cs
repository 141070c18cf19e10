namespace BriefingBot.Infrastructure.Ingestion;

public enum ContentFormat
{
    PlainText,
    Html,
    Markdown,
}
