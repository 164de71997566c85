using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Reshapes one outgoing message so Teams shows all of it (digest section 5.3):
/// <list type="bullet">
/// <item>text and attachments travel as separate messages (Teams would split them itself and hand back no usable id);
/// text that only repeats a card's fallbackText is left out, because in Teams the card renders;</item>
/// <item>Adaptive Cards are clamped to version 1.5 without Media; audio, video and animation cards become text;</item>
/// <item>quick replies stay only where Teams shows them: personal chat, at most 3, imBack, on a message without
/// attachments. Otherwise they become Action.Submit buttons, on the message's own Adaptive Card when there is
/// room, else on a card of their own after the text;</item>
/// <item>every message stays under the size cap: long text is split, an oversized card is replaced by its text.</item>
/// </list>
/// </summary>
public sealed class TeamsMessageShaper(TeamsOptions options)
{
    private static readonly HashSet<string> MediaCardTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/vnd.microsoft.card.animation",
        "application/vnd.microsoft.card.audio",
        "application/vnd.microsoft.card.video",
    };

    /// <summary>The messages to send in place of <paramref name="activity"/>, in order (at least one).</summary>
    public List<Activity> Shape(Activity activity, string scope)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!activity.IsType(ActivityTypes.Message))
        {
            return [activity];
        }

        var text = activity.Text;
        var attachments = new List<Attachment>();
        var fallbacks = new List<string>();
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (MediaCardTypes.Contains(attachment.ContentType ?? string.Empty))
            {
                // Teams cannot play these; say in words what they were.
                text = Join(text, DescribeMediaCard(attachment));
                continue;
            }

            if (IsAdaptive(attachment) && attachment.Content is JsonObject card)
            {
                var conformed = attachment with { Content = AdaptiveCardRules.Conform(card, options.MaxAdaptiveCardVersion) };
                attachments.Add(conformed);
                if (card["fallbackText"] is JsonValue f && f.TryGetValue<string>(out var fallback))
                {
                    fallbacks.Add(fallback.Trim());
                }

                continue;
            }

            attachments.Add(attachment);
        }

        var actions = activity.SuggestedActions?.Actions ?? [];
        var keepQuickReplies = actions.Count > 0
            && attachments.Count == 0
            && scope == TeamsConversation.Personal
            && actions.Count <= options.MaxSuggestedActions
            && actions.All(a => a.Type == ActionTypes.ImBack);

        // A card's fallbackText repeated as the message text is for channels without cards, not for Teams.
        if (attachments.Count > 0 && text is not null && fallbacks.Contains(text.Trim()))
        {
            text = null;
        }

        var pieces = new List<Activity>();
        if (!string.IsNullOrWhiteSpace(text) || (attachments.Count == 0 && keepQuickReplies))
        {
            var textPiece = Piece(activity);
            textPiece.Text = text;
            textPiece.TextFormat = activity.TextFormat;
            textPiece.Speak = activity.Speak;
            textPiece.Entities = activity.Entities;
            textPiece.SuggestedActions = keepQuickReplies ? activity.SuggestedActions : null;
            pieces.Add(textPiece);
        }

        List<CardAction> buttons = keepQuickReplies ? [] : [.. actions];
        if (attachments.Count > 0)
        {
            var cardPiece = Piece(activity);
            cardPiece.Attachments = attachments;
            cardPiece.AttachmentLayout = activity.AttachmentLayout;
            cardPiece.Summary = activity.Summary ?? activity.Text;
            if (buttons.Count > 0 && TryAddButtons(attachments[^1], buttons))
            {
                buttons.Clear();
            }

            pieces.Add(cardPiece);
        }

        if (buttons.Count > 0)
        {
            var buttonPiece = Piece(activity);
            buttonPiece.Attachments = [.. TeamsButtonCards.Cards(buttons, options.MaxAdaptiveCardVersion, options.MaxCardActions)];
            buttonPiece.Summary = activity.Summary ?? activity.Text;
            pieces.Add(buttonPiece);
        }

        if (pieces.Count == 0)
        {
            // Nothing Teams can show (an empty message): send it as it came, the channel decides.
            return [activity];
        }

        // The hint that the bot now waits for an answer belongs on the last message the user sees.
        pieces[^1].InputHint = activity.InputHint;
        return [.. pieces.SelectMany(FitSize)];
    }

    private IEnumerable<Activity> FitSize(Activity piece)
    {
        if (TeamsMessageSize.Measure(piece) <= options.MaxMessageBytes)
        {
            yield return piece;
            yield break;
        }

        var text = piece.Text;
        if (piece.Attachments is { Count: > 0 } attachments)
        {
            // An oversized card cannot be cut in half; its words can.
            text = Join(text, string.Join("\n\n", attachments.Select(DescribeCard).Where(t => t.Length > 0)));
            if (string.IsNullOrWhiteSpace(text))
            {
                text = piece.Summary ?? string.Empty;
            }

            piece.Attachments = null;
            piece.AttachmentLayout = null;
        }

        var hint = piece.InputHint;
        var template = piece.Clone();
        template.Text = null;
        template.InputHint = null;
        var parts = TeamsMessageSize.SplitText(template, text ?? string.Empty, options.MaxMessageBytes);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = template.Clone();
            part.Text = parts[i];
            part.InputHint = i == parts.Count - 1 ? hint : null;
            part.SuggestedActions = i == parts.Count - 1 ? piece.SuggestedActions : null;
            yield return part;
        }
    }

    private bool TryAddButtons(Attachment attachment, List<CardAction> buttons)
    {
        if (!IsAdaptive(attachment) || attachment.Content is not JsonObject card)
        {
            return false;
        }

        var existing = card["actions"] as JsonArray;
        if ((existing?.Count ?? 0) + buttons.Count > options.MaxCardActions)
        {
            return false;
        }

        if (existing is null)
        {
            existing = [];
            card["actions"] = existing;
        }

        foreach (var button in buttons)
        {
            existing.Add(TeamsButtonCards.ToCardAction(button));
        }

        return true;
    }

    /// <summary>A copy that keeps the addressing and everything else, but none of the content.</summary>
    private static Activity Piece(Activity activity)
    {
        var piece = activity.Clone();
        piece.Text = null;
        piece.TextFormat = null;
        piece.Speak = null;
        piece.Entities = null;
        piece.Attachments = null;
        piece.AttachmentLayout = null;
        piece.SuggestedActions = null;
        piece.InputHint = null;
        return piece;
    }

    private static bool IsAdaptive(Attachment attachment) =>
        string.Equals(attachment.ContentType, Attachment.AdaptiveCardContentType, StringComparison.OrdinalIgnoreCase);

    private static string DescribeMediaCard(Attachment attachment)
    {
        var words = DescribeCard(attachment);
        var url = attachment.Content?["media"] is JsonArray media && media.Count > 0 && media[0]?["url"] is JsonValue u && u.TryGetValue<string>(out var link) ? link : null;
        return Join(words.Length > 0 ? words : null, url) ?? string.Empty;
    }

    /// <summary>The words of a card: an Adaptive Card's fallbackText or its text blocks, a rich card's title and text.</summary>
    private static string DescribeCard(Attachment attachment)
    {
        if (attachment.Content is not JsonObject content)
        {
            return attachment.Name ?? string.Empty;
        }

        if (content["fallbackText"] is JsonValue f && f.TryGetValue<string>(out var fallback) && fallback.Length > 0)
        {
            return fallback;
        }

        var words = new List<string>();
        Collect(content, words);
        return string.Join("\n\n", words);
    }

    private static void Collect(JsonNode? node, List<string> words)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in new[] { "title", "subtitle", "text" })
                {
                    if (o[name] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 && !(name == "title" && o["type"] is JsonValue t && t.ToString().StartsWith("Action.", StringComparison.Ordinal)))
                    {
                        words.Add(s);
                    }
                }

                foreach (var (key, child) in o)
                {
                    if (key is not ("actions" or "selectAction") && child is JsonArray or JsonObject)
                    {
                        Collect(child, words);
                    }
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Collect(child, words);
                }

                break;
        }
    }

    private static string? Join(string? first, string? second) =>
        string.IsNullOrWhiteSpace(first) ? second : string.IsNullOrWhiteSpace(second) ? first : first + "\n\n" + second;
}
