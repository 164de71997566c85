using System.Text.Json.Nodes;
using CrampBot.BotFramework.Schema;

namespace CrampBot.Bot.Replies;

/// <summary>
/// A small Adaptive Card builder: text blocks only, schema version 1.5 (the highest Teams renders), so every
/// card CrampBot sends reads the same in Teams and Web Chat. The plain-text fallback travels in the card's
/// fallbackText and in the activity's text.
/// </summary>
public sealed class AdaptiveCard
{
    public const string Version = "1.5";

    private readonly JsonArray _body = [];
    private readonly JsonArray _actions = [];

    public AdaptiveCard Title(string text) => Add(text, size: "Medium", weight: "Bolder");

    public AdaptiveCard Heading(string text) => Add(text, weight: "Bolder", spacing: "Medium");

    public AdaptiveCard Paragraph(string text, bool attention = false) => Add(text, color: attention ? "Attention" : null);

    public AdaptiveCard Bullet(string text) => Add("• " + text, spacing: "Small");

    public AdaptiveCard Note(string text) => Add(text, size: "Small", subtle: true, spacing: "Medium");

    /// <summary>A tick box (Input.Toggle, card 1.0): its id comes back in the submit's value as "true" or "false".</summary>
    public AdaptiveCard Toggle(string id, string title)
    {
        _body.Add(new JsonObject
        {
            ["type"] = "Input.Toggle", ["id"] = id, ["title"] = title, ["value"] = "false",
            ["valueOn"] = "true", ["valueOff"] = "false", ["wrap"] = true,
        });
        return this;
    }

    /// <summary>A submit button (Action.Submit): the inputs and <paramref name="data"/> come back as the message's value.</summary>
    public AdaptiveCard Submit(string title, JsonObject data)
    {
        _actions.Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data });
        return this;
    }

    public Attachment ToAttachment(string fallbackText)
    {
        var content = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["fallbackText"] = fallbackText,
            ["body"] = _body.DeepClone(),
        };
        if (_actions.Count > 0)
        {
            content["actions"] = _actions.DeepClone();
        }

        return new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = content };
    }

    private AdaptiveCard Add(string text, string? size = null, string? weight = null, string? color = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null) block["size"] = size;
        if (weight is not null) block["weight"] = weight;
        if (color is not null) block["color"] = color;
        if (subtle) block["isSubtle"] = true;
        if (spacing is not null) block["spacing"] = spacing;
        _body.Add(block);
        return this;
    }
}
