using BriefingBot.Bot;
using BriefingBot.Channels;
using BriefingBot.Channels.Slack;
using BriefingBot.Conversations;
using BriefingBot.Core.Replies;
using BriefingBot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using BotChannels = Microsoft.Bot.Connector.Channels;

namespace BriefingBot.Tests.Bot;

public sealed class BriefingActivityHandlerTests
{
    private static BriefingActivityHandler Handler(FakeAnswerer answerer, params IChatCommand[] commands) =>
        new(answerer, commands, new ReplyFormatterSelector(new TeamsReplyFormatter(), new SlackReplyFormatter(), new MarkdownReplyFormatter()));

    [Fact]
    public async Task A_chat_command_that_recognises_the_text_replies_instead_of_the_answerer()
    {
        var answerer = new FakeAnswerer();
        var command = new RecordingCommand(text => text.StartsWith("add source", StringComparison.Ordinal) ? Reply.Text("Added.") : null);

        await new TestFlow(new TestAdapter(BotChannels.Test), Handler(answerer, command))
            .Send("add source https://example.com/feed.xml")
            .AssertReply(activity => Assert.Equal(PlainTextRenderer.Render(Reply.Text("Added.")), activity.AsMessageActivity().Text))
            .Send("what did Cavusoglu say?")
            .AssertReply(activity => Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), activity.AsMessageActivity().Text))
            .StartTestAsync();

        Assert.Equal(["what did Cavusoglu say?"], answerer.Questions);
        Assert.Equal(2, command.Turns.Count);
    }

    [Fact]
    public async Task A_chat_command_sees_the_sender_the_conversation_and_an_address_to_post_to_later()
    {
        var command = new RecordingCommand(_ => Reply.Text("ok"));
        var adapter = new TestAdapter(BotChannels.Msteams);
        var message = MessageFactory.Text("<at>BriefingBot</at> subscriptions");
        message.Entities = [new Mention(adapter.Conversation.Bot, "<at>BriefingBot</at>")];
        message.From = new ChannelAccount("29:user", "Ayla Admin", aadObjectId: "aad-object-1");

        await new TestFlow(adapter, Handler(new FakeAnswerer(), command))
            .Send(message)
            .AssertReply(_ => { })
            .StartTestAsync();

        var turn = Assert.Single(command.Turns);
        Assert.Equal("subscriptions", turn.Text);
        Assert.Equal(BotChannels.Msteams, turn.ChannelId);
        Assert.Equal(adapter.Conversation.Conversation.Id, turn.ConversationId);
        Assert.Equal(("29:user", "aad-object-1", "Ayla Admin"), (turn.UserId, turn.UserAadObjectId, turn.UserName));
        var address = Newtonsoft.Json.JsonConvert.DeserializeObject<ConversationReference>(turn.ConversationAddress)!;
        Assert.Equal(adapter.Conversation.ServiceUrl, address.ServiceUrl);
        Assert.Equal(adapter.Conversation.Conversation.Id, address.Conversation.Id);
    }

    private sealed class RecordingCommand(Func<string, Reply?> handle) : IChatCommand
    {
        public List<ChatTurn> Turns { get; } = [];

        public Task<Reply?> TryHandleAsync(ChatTurn turn, CancellationToken cancellationToken)
        {
            Turns.Add(turn);
            return Task.FromResult(handle(turn.Text));
        }
    }

    [Fact]
    public async Task Message_is_answered_with_the_answerers_reply_as_markdown_text()
    {
        var answerer = new FakeAnswerer();

        await new TestFlow(new TestAdapter(BotChannels.Test), Handler(answerer))
            .Send("what did Cavusoglu say?")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), message.Text);
                Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
            })
            .StartTestAsync();

        Assert.Equal(["what did Cavusoglu say?"], answerer.Questions);
    }

    [Fact]
    public async Task Teams_mention_of_the_bot_is_removed_before_the_question_is_asked()
    {
        var answerer = new FakeAnswerer();
        var adapter = new TestAdapter(BotChannels.Msteams);
        var message = MessageFactory.Text("<at>BriefingBot</at> what did Cavusoglu say?");
        message.Entities = [new Mention(adapter.Conversation.Bot, "<at>BriefingBot</at>")];

        await new TestFlow(adapter, Handler(answerer))
            .Send(message)
            .AssertReply(activity => Assert.Equal("application/vnd.microsoft.card.adaptive", Assert.Single(activity.AsMessageActivity().Attachments).ContentType))
            .StartTestAsync();

        Assert.Equal(["what did Cavusoglu say?"], answerer.Questions);
    }

    [Fact]
    public async Task Slack_raw_user_mention_is_removed_before_the_question_is_asked()
    {
        var answerer = new FakeAnswerer();

        await new TestFlow(new TestAdapter(BotChannels.Slack), Handler(answerer))
            .Send("<@U0BOT123> what did Cavusoglu say?")
            .AssertReply(activity => Assert.NotNull(activity.AsMessageActivity().ChannelData))
            .StartTestAsync();

        Assert.Equal(["what did Cavusoglu say?"], answerer.Questions);
    }

    [Fact]
    public async Task Teams_reply_is_an_adaptive_card_with_the_plain_text_as_summary_and_no_text()
    {
        await new TestFlow(new TestAdapter(BotChannels.Msteams), Handler(new FakeAnswerer()))
            .Send("what did Cavusoglu say?")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Null(message.Text);
                Assert.Equal(PlainTextRenderer.Render(SampleReplies.Cavusoglu), message.Summary);
                var card = Assert.Single(message.Attachments);
                Assert.Equal("application/vnd.microsoft.card.adaptive", card.ContentType);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Slack_reply_carries_blocks_in_channel_data_and_escaped_plain_text()
    {
        await new TestFlow(new TestAdapter(BotChannels.Slack), Handler(new FakeAnswerer()))
            .Send("what did Cavusoglu say?")
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.Equal(SlackMrkdwn.Defuse(PlainTextRenderer.Render(SampleReplies.Cavusoglu)), message.Text);
                Assert.Contains("\"blocks\"", message.ChannelData.ToString(), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Bot_added_to_a_conversation_sends_one_welcome_with_example_questions()
    {
        var adapter = new TestAdapter(BotChannels.Test);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [adapter.Conversation.User, adapter.Conversation.Bot],
        };

        await new TestFlow(adapter, Handler(new FakeAnswerer()))
            .Send(update)
            .AssertReply(activity =>
            {
                var message = activity.AsMessageActivity();
                Assert.StartsWith("**Hi, I'm BriefingBot**", message.Text, StringComparison.Ordinal);
                Assert.Contains("What did Cavusoglu say?", message.Text, StringComparison.Ordinal);
                Assert.NotEmpty(message.SuggestedActions.Actions);
            })
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_person_joining_does_not_trigger_a_welcome()
    {
        var adapter = new TestAdapter(BotChannels.Msteams);
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = [new ChannelAccount("someone-new", "Someone New")],
        };

        await new TestFlow(adapter, Handler(new FakeAnswerer()))
            .Send(update)
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task A_mention_entity_without_mentioned_account_does_not_break_the_turn()
    {
        var answerer = new FakeAnswerer();
        var message = MessageFactory.Text("<at>Someone</at> what did Cavusoglu say?");
        message.Entities = [new Entity("mention")];

        await new TestFlow(new TestAdapter(BotChannels.Msteams), Handler(answerer))
            .Send(message)
            .AssertReply(activity => Assert.Single(activity.AsMessageActivity().Attachments))
            .StartTestAsync();

        Assert.Equal(["<at>Someone</at> what did Cavusoglu say?"], answerer.Questions);
    }

    [Fact]
    public async Task A_bare_mention_gets_the_welcome_instead_of_an_empty_question()
    {
        var answerer = new FakeAnswerer();
        var adapter = new TestAdapter(BotChannels.Msteams);
        var message = MessageFactory.Text("<at>BriefingBot</at> ");
        message.Entities = [new Mention(adapter.Conversation.Bot, "<at>BriefingBot</at>")];

        await new TestFlow(adapter, Handler(answerer))
            .Send(message)
            .AssertReply(activity => Assert.Contains("Hi, I'm BriefingBot", activity.AsMessageActivity().Summary, StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Empty(answerer.Questions);
    }
}
