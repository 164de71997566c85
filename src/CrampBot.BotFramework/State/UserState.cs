using System.Text.Json;
using CrampBot.BotFramework.Builder;

namespace CrampBot.BotFramework.State;

/// <summary>State of one user across conversations (language, profile), keyed <c>{channelId}/users/{userId}</c>.</summary>
public class UserState : BotState
{
    public UserState(IStorage storage, JsonSerializerOptions? jsonOptions = null, TimeProvider? timeProvider = null)
        : base(storage, nameof(UserState), jsonOptions, timeProvider)
    {
    }

    public static string KeyFor(string channelId, string userId) => $"{channelId}/users/{userId}";

    public override string GetStorageKey(ITurnContext turnContext) => KeyFor(
        Require(turnContext.Activity.ChannelId, "channelId"),
        Require(turnContext.Activity.From?.Id, "from.id"));

    /// <summary>
    /// Erases everything stored for the turn's user: their user state and every conversation state they own.
    /// What the turn has cached is emptied too, so nothing is written back by accident.
    /// </summary>
    public async Task DeleteUserDataAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var key = GetStorageKey(turnContext);
        await Storage.DeleteByOwnerAsync(key, cancellationToken);
        await DeleteAsync(turnContext, cancellationToken);
    }
}
