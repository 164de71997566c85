using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.DirectLine;

/// <summary>
/// <see cref="IDirectLineStore"/> on the bot's configured <see cref="IStorage"/> (SQLite by default), so history
/// survives a restart and is shared by every instance on PostgreSQL. One small document per conversation (its
/// counters) plus pages of <see cref="PageSize"/> activities, so an append rewrites a page, never the whole
/// history. Both are written in one all-or-nothing write guarded by ETags; a conflict (another instance appended
/// first) is retried.
/// </summary>
public sealed class StorageDirectLineStore : IDirectLineStore
{
    internal const int PageSize = 20;
    private const int MaxAttempts = 8;

    // Not "{channelId}/conversations/…": that is ConversationState's key for channel directline, and sharing it
    // overwrote the bot's dialog stack after every Direct Line turn.
    private const string KeyPrefix = "directline/transcripts/";

    // Serialises appends to one conversation inside this process, so ETag conflicts only happen across instances.
    private readonly KeyedAsyncLock _appends = new();
    private readonly IStorage _storage;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public StorageDirectLineStore(IStorage storage, IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _storage = storage;
        _options = options.Value;
        _time = time;
    }

    public async Task<DirectLineConversation?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = MetaKey(conversationId);
        var found = await _storage.ReadAsync([key], cancellationToken);
        return found.TryGetValue(key, out var item) ? ReadMeta(conversationId, item.Document) : null;
    }

    public async Task<bool> TryCreateAsync(string conversationId, string userId, string? locale, CancellationToken cancellationToken)
    {
        var meta = new DirectLineConversation(conversationId, userId, locale, _time.GetUtcNow(), 1, 0);
        try
        {
            // ETag null = create only: of two racing starts, exactly one wins.
            await _storage.WriteAsync(new Dictionary<string, StoreItem> { [MetaKey(conversationId)] = MetaItem(meta, eTag: null) }, cancellationToken);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    public async Task<Activity> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        using var held = await _appends.AcquireAsync(conversationId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryAppendAsync(conversationId, activity, cancellationToken);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(5 * attempt), _time, cancellationToken);
            }
        }
    }

    public async Task<ActivityPage?> ReadAfterAsync(string conversationId, long watermark, int max, CancellationToken cancellationToken)
    {
        if (await GetAsync(conversationId, cancellationToken) is not { } meta)
        {
            return null;
        }

        var from = Math.Max(watermark + 1, meta.FirstSequence);
        var to = Math.Min(meta.LastSequence, from + max - 1);
        if (from > to)
        {
            return new ActivityPage([], Math.Max(watermark, 0));
        }

        var keys = Enumerable.Range(0, (int)(PageOf(to) - PageOf(from) + 1)).Select(i => PageKey(conversationId, PageOf(from) + i)).ToArray();
        var pages = await _storage.ReadAsync(keys, cancellationToken);
        var activities = new List<Activity>();
        foreach (var key in keys)
        {
            if (!pages.TryGetValue(key, out var page))
            {
                continue; // expired or trimmed meanwhile: skip it rather than fail the whole read
            }

            foreach (var entry in Items(page.Document))
            {
                var seq = entry!["seq"]!.GetValue<long>();
                if (seq >= from && seq <= to)
                {
                    activities.Add(entry["activity"].Deserialize(BotJsonContext.Default.Activity)!);
                }
            }
        }

        return new ActivityPage(activities, to);
    }

    private async Task<Activity> TryAppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        var metaKey = MetaKey(conversationId);
        var read = await _storage.ReadAsync([metaKey], cancellationToken);
        if (!read.TryGetValue(metaKey, out var metaItem))
        {
            throw new DirectLineConversationNotFoundException();
        }

        var meta = ReadMeta(conversationId, metaItem.Document);
        var seq = meta.LastSequence + 1;
        var pageKey = PageKey(conversationId, PageOf(seq));
        var pageRead = await _storage.ReadAsync([pageKey], cancellationToken);
        var page = pageRead.TryGetValue(pageKey, out var existing) ? existing : null;

        var stored = activity.Clone();
        stored.Id = ActivityId(conversationId, seq);
        stored.Timestamp = _time.GetUtcNow();
        stored.ChannelData = WithSequence(stored.ChannelData, seq);

        var items = page is null ? new JsonArray() : Items(page.Document).DeepClone().AsArray();
        items.Add(new JsonObject { ["seq"] = seq, ["activity"] = JsonSerializer.SerializeToNode(stored, BotJsonContext.Default.Activity) });
        var newMeta = meta with
        {
            LastSequence = seq,
            FirstSequence = Math.Max(meta.FirstSequence, seq - _options.MaxActivitiesPerConversation + 1),
        };

        await _storage.WriteAsync(
            new Dictionary<string, StoreItem>
            {
                [metaKey] = MetaItem(newMeta, metaItem.ETag),
                [pageKey] = new StoreItem(new JsonObject { ["items"] = items }, page?.ETag) { Owner = OwnerOf(meta.UserId), TimeToLive = _options.ConversationIdleExpiry },
            },
            cancellationToken);

        // Pages that fell wholly below the cap go now; their activities are no longer served anyway.
        var dropped = Enumerable.Range(0, (int)Math.Max(0, PageOf(newMeta.FirstSequence) - PageOf(meta.FirstSequence)))
            .Select(i => PageKey(conversationId, PageOf(meta.FirstSequence) + i)).ToArray();
        if (dropped.Length > 0)
        {
            await _storage.DeleteAsync(dropped, cancellationToken);
        }

        return stored;
    }

    /// <summary>Web Chat sorts by this when present, so the transcript order is the server's order even if clocks tie.</summary>
    private static JsonNode WithSequence(JsonNode? channelData, long seq)
    {
        var data = channelData as JsonObject ?? new JsonObject();
        data["webchat:sequence-id"] = seq;
        return data;
    }

    internal static string ActivityId(string conversationId, long seq) =>
        conversationId + "|" + seq.ToString("D7", CultureInfo.InvariantCulture);

    private static long PageOf(long seq) => (seq - 1) / PageSize;

    private static string MetaKey(string conversationId) => KeyPrefix + conversationId;

    private static string PageKey(string conversationId, long page) =>
        KeyPrefix + conversationId + "/pages/" + page.ToString(CultureInfo.InvariantCulture);

    // The same owner key as the user's own state, so "delete my data" takes the Direct Line transcript with it.
    private static string OwnerOf(string userId) => UserState.KeyFor(Channels.DirectLine, userId);

    private static JsonArray Items(JsonObject page) => page["items"] as JsonArray ?? [];

    private StoreItem MetaItem(DirectLineConversation meta, string? eTag) => new(
        new JsonObject
        {
            ["userId"] = meta.UserId,
            ["locale"] = meta.Locale,
            ["createdAt"] = meta.CreatedAt,
            ["firstSequence"] = meta.FirstSequence,
            ["lastSequence"] = meta.LastSequence,
        },
        eTag)
    {
        // No owner on purpose: "delete my data" erases the pages (what the user said and was told) but keeps the
        // counters, so the conversation carries on with the client's watermark still valid. They hold only the
        // pseudonymous dl_ user id, the locale and numbers, and expire with the conversation.
        TimeToLive = _options.ConversationIdleExpiry,
    };

    private static DirectLineConversation ReadMeta(string conversationId, JsonObject doc) => new(
        conversationId,
        doc["userId"]!.GetValue<string>(),
        doc["locale"]?.GetValue<string>(),
        doc["createdAt"]!.GetValue<DateTimeOffset>(),
        doc["firstSequence"]!.GetValue<long>(),
        doc["lastSequence"]!.GetValue<long>());
}
