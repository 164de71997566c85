using CrampBot.BotFramework.DirectLine;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Options;
using Xunit;

namespace CrampBot.Web.Tests.DirectLine;

/// <summary>The transcript store on shared storage, as several bot instances use it.</summary>
public sealed class StorageDirectLineStoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_instances_appending_at_once_never_lose_or_duplicate_an_activity()
    {
        var storage = new MemoryStorage();
        var options = Options.Create(new DirectLineOptions());
        // Two stores = two instances: each serialises its own appends, only ETags keep them apart from each other.
        var first = new StorageDirectLineStore(storage, options, TimeProvider.System);
        var second = new StorageDirectLineStore(storage, options, TimeProvider.System);
        Assert.True(await first.TryCreateAsync("conversation-1", "dl_user", "en-US", Ct));
        Assert.False(await second.TryCreateAsync("conversation-1", "dl_other", null, Ct));

        var appends = Enumerable.Range(0, 60).Select(i => (i % 2 == 0 ? first : second)
            .AppendAsync("conversation-1", new Activity { Type = ActivityTypes.Message, Text = $"m{i}" }, Ct));
        var stored = await Task.WhenAll(appends);

        Assert.Equal(60, stored.Select(a => a.Id).Distinct().Count());
        var page = await first.ReadAfterAsync("conversation-1", 0, 100, Ct);
        Assert.Equal(60, page!.Activities.Count);
        Assert.Equal(Enumerable.Range(0, 60).Select(i => $"m{i}").Order(), page.Activities.Select(a => a.Text!).Order());
        Assert.Equal(Enumerable.Range(1, 60).Select(i => $"conversation-1|{i:D7}"), page.Activities.Select(a => a.Id));
        Assert.Equal(60, page.Watermark);
    }

    [Fact]
    public async Task Appending_to_an_unknown_conversation_fails_and_reading_it_is_null()
    {
        var store = new StorageDirectLineStore(new MemoryStorage(), Options.Create(new DirectLineOptions()), TimeProvider.System);
        await Assert.ThrowsAsync<DirectLineConversationNotFoundException>(() => store.AppendAsync("nobody", new Activity { Type = ActivityTypes.Message }, Ct));
        Assert.Null(await store.ReadAfterAsync("nobody", 0, 10, Ct));
    }
}
