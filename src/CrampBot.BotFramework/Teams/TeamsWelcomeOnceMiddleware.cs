using System.Text.Json.Nodes;
using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using CrampBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// One welcome per Teams conversation. Installing the bot sends both an <c>installationUpdate</c> (add) and a
/// <c>conversationUpdate</c> with the bot among the members added, in either order and often at once, and every
/// later member joining a team sends another conversationUpdate. Teams' guidance is to welcome once on install, not
/// per member. So in Teams these events reach the bot only until one of them has produced a reply; after that they
/// end quietly. The mark is kept in storage per conversation (it holds no personal data) and removed on uninstall,
/// so a reinstall welcomes again.
/// </summary>
public sealed class TeamsWelcomeOnceMiddleware(IStorage storage, ILogger<TeamsWelcomeOnceMiddleware> logger) : IMiddleware
{
    private readonly KeyedAsyncLock _locks = new();

    public static string KeyFor(string conversationId) => $"{Channels.MsTeams}/welcomed/{conversationId}";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (!TeamsConversation.IsTeams(activity) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            await next(cancellationToken);
            return;
        }

        var key = KeyFor(conversationId);
        if (IsUninstall(activity))
        {
            await storage.DeleteAsync([key], cancellationToken);
            await next(cancellationToken);
            return;
        }

        if (!IsWelcomeTrigger(activity))
        {
            await next(cancellationToken);
            return;
        }

        // The two install events arrive together; the second waits for the first to decide.
        using var held = await _locks.AcquireAsync(key, cancellationToken);
        if ((await storage.ReadAsync([key], cancellationToken)).ContainsKey(key))
        {
            TeamsLog.WelcomeAlreadyGiven(logger, activity.Type, conversationId);
            return;
        }

        await next(cancellationToken);
        if (!turnContext.Responded)
        {
            // The bot welcomes on the other event of the pair (or not at all); leave the door open for it.
            return;
        }

        try
        {
            // ETag null = create: if another instance marked it meanwhile, that instance's welcome stands too.
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(new JsonObject { ["welcomedAt"] = DateTimeOffset.UtcNow }) }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            TeamsLog.WelcomeRace(logger, conversationId);
        }
    }

    /// <summary>The bot installed (add or add-upgrade), or members added to the conversation.</summary>
    public static bool IsWelcomeTrigger(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.IsType(ActivityTypes.InstallationUpdate))
        {
            return activity.Action is { } action && action.StartsWith("add", StringComparison.OrdinalIgnoreCase);
        }

        return activity.IsType(ActivityTypes.ConversationUpdate) && activity.MembersAdded is { Count: > 0 };
    }

    private static bool IsUninstall(Activity activity) =>
        activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase);
}
