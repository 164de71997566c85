using CrampBot.BotFramework.Builder;
using CrampBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// On a Teams turn, every outgoing activity passes through <see cref="TeamsMessageShaper"/> just before it is sent, so
/// the bot can build one kind of reply for every channel. The callers still get one response per activity they sent
/// (the response of the last message their activity became).
/// </summary>
public sealed class TeamsLimitsMiddleware(IOptions<TeamsOptions> options, ILogger<TeamsLimitsMiddleware> logger) : IMiddleware
{
    private const string HookKey = "Teams.LimitsHook";

    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // Once per turn, even when the state layer re-runs the rest of the pipeline after an ETag conflict.
        if (TeamsConversation.IsTeams(turnContext.Activity) && turnContext.TurnState.TryAdd(HookKey, true))
        {
            var shaper = new TeamsMessageShaper(options.Value);
            var scope = TeamsConversation.ScopeOf(turnContext.Activity);
            turnContext.OnSendActivities((context, activities, send) => ShapeAndSendAsync(shaper, scope, activities, send));
        }

        return next(cancellationToken);
    }

    private async Task<ResourceResponse[]> ShapeAndSendAsync(TeamsMessageShaper shaper, string scope, List<Activity> activities, Func<Task<ResourceResponse[]>> send)
    {
        var lastPiece = new int[activities.Count];
        var shaped = new List<Activity>(activities.Count);
        for (var i = 0; i < activities.Count; i++)
        {
            var activity = activities[i];
            var pieces = TeamsConversation.IsTeams(activity) ? shaper.Shape(activity, scope) : [activity];
            if (pieces.Count != 1 || !ReferenceEquals(pieces[0], activity))
            {
                TeamsLog.Reshaped(logger, activity.Conversation?.Id, pieces.Count);
            }

            shaped.AddRange(pieces);
            lastPiece[i] = shaped.Count - 1;
        }

        // The list is the one the adapter will send (now or, when replies are held back, later).
        activities.Clear();
        activities.AddRange(shaped);
        var responses = await send();
        return [.. lastPiece.Select(i => i < responses.Length ? responses[i] : new ResourceResponse(null))];
    }
}
