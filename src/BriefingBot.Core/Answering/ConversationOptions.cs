using System.ComponentModel.DataAnnotations;

namespace BriefingBot.Core.Answering;

/// <summary>How long a conversation's last question is remembered for follow-ups. Section "Conversations".</summary>
public sealed class ConversationOptions : IValidatableObject
{
    public const string SectionName = "Conversations";

    /// <summary>After this long without a question, "more" and "and X?" no longer refer to the last answer.</summary>
    public TimeSpan Expiry { get; set; } = TimeSpan.FromMinutes(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Expiry < TimeSpan.FromSeconds(10) || Expiry > TimeSpan.FromDays(7))
        {
            yield return new ValidationResult("Conversations:Expiry must be between 00:00:10 and 7.00:00:00.", [nameof(Expiry)]);
        }
    }
}
