namespace BriefingBot.Channels.Teams.AdaptiveCards;

// Serialized camelCase ("bolder", "extraLarge"), as the Adaptive Card schema spells its enum values.

public enum Spacing { None, Small, Default, Medium, Large, ExtraLarge, Padding }

public enum TextWeight { Default, Lighter, Bolder }

public enum TextSize { Default, Small, Medium, Large, ExtraLarge }

public enum TextBlockStyle { Default, Heading }

public enum ContainerStyle { Default, Emphasis, Good, Attention, Warning, Accent }
