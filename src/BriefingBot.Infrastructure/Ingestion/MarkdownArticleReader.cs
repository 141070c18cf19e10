using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace BriefingBot.Infrastructure.Ingestion;

/// <summary>
/// Markdown to paragraphs of plain text: YAML front matter or a header gives metadata, the first
/// level-1 heading before any text is the title, images and raw HTML are dropped, links keep their text.
/// </summary>
internal static class MarkdownArticleReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    public static ArticleDraft Read(string text)
    {
        var (fields, rest) = FrontMatter.Split(text);
        var document = Markdown.Parse(rest, Pipeline);
        var paragraphs = new List<string>();
        string? heading = null;
        Collect(document, paragraphs, ref heading);
        var draft = ArticleDraft.FromFrontMatter(fields, paragraphs);
        return draft.Title is null && heading is not null ? draft with { Title = heading } : draft;
    }

    private static void Collect(ContainerBlock container, List<string> paragraphs, ref string? title)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } heading when title is null && paragraphs.Count == 0:
                    title = InlineText(heading.Inline);
                    break;
                case LeafBlock { Inline: not null } leaf:
                    paragraphs.Add(InlineText(leaf.Inline));
                    break;
                case HtmlBlock or ThematicBreakBlock:
                    break;
                case LeafBlock leaf:
                    // Code blocks: the text as written.
                    paragraphs.Add(leaf.Lines.ToString());
                    break;
                case ContainerBlock child:
                    Collect(child, paragraphs, ref title);
                    break;
            }
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var builder = new StringBuilder();
        Append(inline, builder);
        return Prose.Clean(builder.ToString());
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.ToString());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true }:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
