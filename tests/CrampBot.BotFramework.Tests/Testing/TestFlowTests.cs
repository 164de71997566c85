using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Testing;
using Xunit;

namespace CrampBot.BotFramework.Tests.Testing;

public sealed class TestFlowTests
{
    private static readonly BotCallbackHandler Echo = (tc, ct) => tc.SendActivityAsync($"you said {tc.Activity.Text}", cancellationToken: ct);

    [Fact]
    public async Task A_passing_flow_runs_every_step_in_order()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Test("a", "you said a")
            .Send("b").AssertReplyContains("SAID B").AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task Each_kind_of_expectation_can_fail()
    {
        await Assert.ThrowsAsync<TestFlowException>(() => new TestFlow(new TestAdapter(), Echo).Send("a").AssertReply("you said b").StartTestAsync());
        await Assert.ThrowsAsync<TestFlowException>(() => new TestFlow(new TestAdapter(), Echo).Send("a").AssertReplyContains("nope").StartTestAsync());
        await Assert.ThrowsAsync<TestFlowException>(() => new TestFlow(new TestAdapter(), Echo).Send("a").AssertNoReply().StartTestAsync());
        await Assert.ThrowsAsync<TestFlowException>(() => new TestFlow(new TestAdapter(), Echo).AssertReply("anything").StartTestAsync());
        await Assert.ThrowsAsync<TestFlowException>(() => new TestFlow(new TestAdapter(), Echo).Send("a").AssertSuggestedActions("Yes").StartTestAsync());
    }

    [Fact]
    public async Task Replies_carry_the_conversation_addressing()
    {
        var adapter = new TestAdapter(TestAdapter.CreateConversation("c-9", user: "ann")) { Locale = "zh-Hans" };
        await new TestFlow(adapter, Echo).Send("hi").AssertReply(reply =>
        {
            Assert.Equal("c-9", reply.Conversation!.Id);
            Assert.Equal("ann", reply.Recipient!.Id);
            Assert.Equal("bot", reply.From!.Id);
            Assert.Equal("zh-Hans", reply.Locale);
            Assert.NotNull(reply.ReplyToId);
        }).StartTestAsync();
    }
}
