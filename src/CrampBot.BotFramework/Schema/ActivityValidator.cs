using System.Text.Json;
using System.Text.RegularExpressions;

namespace CrampBot.BotFramework.Schema;

/// <summary>Where an activity came from decides which fields it must carry.</summary>
public enum ActivitySource
{
    /// <summary>A channel posting to <c>/api/messages</c>: addressing fields are the channel's to give.</summary>
    Channel,

    /// <summary>A Direct Line client: the service fills in conversation, sender and serviceUrl itself.</summary>
    DirectLineClient,
}

/// <summary>
/// The one check of incoming activities, at the edge, for every entry point. First the raw JSON (depth, length of
/// every string and property name, duplicate names, text that is not Unicode characters), so nothing accepted can
/// later fail to be stored, read back or logged; then the fields each activity type needs. Each method returns a
/// short reason, for a 400, or null when the input is acceptable.
/// </summary>
public static partial class ActivityValidator
{
    /// <summary>Checks the raw JSON of an activity before it is deserialized.</summary>
    public static string? CheckJson(ReadOnlySpan<byte> json, ActivityLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            // One more than allowed, so the reader itself never throws on depth; the count below gives the reason.
            MaxDepth = limits.MaxJsonDepth + 1,
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
        });
        var names = new Stack<HashSet<string>?>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        if (reader.CurrentDepth + 1 > limits.MaxJsonDepth)
                        {
                            return $"the JSON is nested deeper than {limits.MaxJsonDepth} levels";
                        }

                        names.Push(reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        names.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        if (CheckString(ref reader, limits.MaxStringLength, "a property name") is { } nameProblem)
                        {
                            return nameProblem;
                        }

                        if (names.Peek() is { } seen && !seen.Add(reader.GetString()!))
                        {
                            return "a JSON object names the same property twice";
                        }

                        break;
                    case JsonTokenType.String:
                        if (CheckString(ref reader, Math.Max(limits.MaxStringLength, limits.MaxTextLength), "a string") is { } valueProblem)
                        {
                            return valueProblem;
                        }

                        break;
                    default:
                        break;
                }
            }
        }
        catch (JsonException)
        {
            return "the body is not a valid activity JSON object";
        }
        catch (InvalidOperationException)
        {
            // GetString on text that is not valid UTF-16 once unescaped (a lone surrogate).
            return "a string is not valid Unicode text";
        }

        return null;
    }

    /// <summary>Checks the fields of a deserialized activity for its source and type.</summary>
    public static string? CheckActivity(Activity activity, ActivityLimits limits, ActivitySource source)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(limits);

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "the activity has no type";
        }

        if (!IsToken(activity.Type, limits))
        {
            return "the activity's type is not a plain name";
        }

        if (source == ActivitySource.Channel)
        {
            if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
            {
                return "the activity has no conversation id";
            }

            if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
            {
                return "the activity has no serviceUrl";
            }

            if (activity.ServiceUrl.Length > limits.MaxServiceUrlLength
                || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
                || (serviceUrl.Scheme != Uri.UriSchemeHttp && serviceUrl.Scheme != Uri.UriSchemeHttps)
                || HasControl(activity.ServiceUrl))
            {
                return "the activity's serviceUrl is not an absolute http(s) URL";
            }

            if (string.IsNullOrEmpty(activity.ChannelId))
            {
                return "the activity has no channelId";
            }

            if (activity.ChannelId.Length > 64 || !ChannelIdPattern().IsMatch(activity.ChannelId))
            {
                return "the activity's channelId is not a channel name";
            }

            if (string.IsNullOrWhiteSpace(activity.From?.Id))
            {
                return "the activity has no from.id";
            }
        }

        if ((CheckId(activity.Id, "id", limits) ?? CheckId(activity.ReplyToId, "replyToId", limits)
            ?? CheckId(activity.Conversation?.Id, "conversation.id", limits) ?? CheckId(activity.From?.Id, "from.id", limits)
            ?? CheckId(activity.Recipient?.Id, "recipient.id", limits)) is { } idProblem)
        {
            return idProblem;
        }

        if (CheckTokens(activity, limits) is { } tokenProblem)
        {
            return tokenProblem;
        }

        if (activity.Text?.Length > limits.MaxTextLength)
        {
            return $"the text is longer than {limits.MaxTextLength} characters";
        }

        if ((activity.IsType(ActivityTypes.Invoke) || activity.IsType(ActivityTypes.Event)) && string.IsNullOrWhiteSpace(activity.Name))
        {
            return $"an {activity.Type} activity needs a name";
        }

        if (activity.ChannelData is not null and not System.Text.Json.Nodes.JsonObject)
        {
            return "channelData must be a JSON object";
        }

        return CheckLists(activity, limits);
    }

    private static string? CheckLists(Activity activity, ActivityLimits limits)
    {
        if (activity.Entities?.Any(e => e is null) == true)
        {
            return "entities holds a null";
        }

        if (activity.Attachments?.Any(a => a is null) == true)
        {
            return "attachments holds a null";
        }

        foreach (var (members, name) in new[] { (activity.MembersAdded, "membersAdded"), (activity.MembersRemoved, "membersRemoved") })
        {
            if (members is null)
            {
                continue;
            }

            if (members.Any(m => m is null || string.IsNullOrWhiteSpace(m.Id)))
            {
                return $"every member in {name} needs an id";
            }

            if (members.Select(m => CheckId(m.Id, name, limits)).FirstOrDefault(p => p is not null) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    private static string? CheckTokens(Activity activity, ActivityLimits limits)
    {
        foreach (var (value, name) in new[]
        {
            (activity.Name, "name"), (activity.Locale, "locale"), (activity.DeliveryMode, "deliveryMode"), (activity.TextFormat, "textFormat"),
            (activity.InputHint, "inputHint"), (activity.ValueType, "valueType"), (activity.Action, "action"), (activity.Code, "code"),
            (activity.LocalTimezone, "localTimezone"), (activity.AttachmentLayout, "attachmentLayout"),
        })
        {
            if (value is not null && !IsToken(value, limits))
            {
                return $"{name} is too long or holds control characters";
            }
        }

        return null;
    }

    private static string? CheckId(string? id, string name, ActivityLimits limits) =>
        id is null ? null
        : id.Length > limits.MaxIdLength ? $"{name} is longer than {limits.MaxIdLength} characters"
        : HasControl(id) ? $"{name} holds control characters"
        : null;

    private static bool IsToken(string value, ActivityLimits limits) => value.Length <= limits.MaxTokenLength && !HasControl(value);

    /// <summary>C0 and C1 controls, line and paragraph separators and bidi overrides: what forges or hides log lines.</summary>
    internal static bool HasControl(string value)
    {
        foreach (var c in value)
        {
            if (char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'))
            {
                return true;
            }
        }

        return false;
    }

    private static string? CheckString(ref Utf8JsonReader reader, int maxLength, string what)
    {
        // Escapes can only shorten text, so the raw length bounds the decoded one from above.
        var rawLength = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (rawLength > maxLength * 6L)
        {
            return $"{what} is longer than {maxLength} characters";
        }

        var value = reader.GetString()!;
        if (value.Length > maxLength)
        {
            return $"{what} is longer than {maxLength} characters";
        }

        return NotText(value) is { } problem ? $"{what} holds {problem}" : null;
    }

    /// <summary>
    /// What no store or text routine can be trusted with: NUL (PostgreSQL text refuses it), lone surrogates, and
    /// Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and their kin), which normalisation rejects.
    /// </summary>
    private static string? NotText(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0')
            {
                return "a NUL character";
            }

            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return "a lone surrogate";
                }

                var scalar = char.ConvertToUtf32(c, value[i + 1]);
                if ((scalar & 0xFFFE) == 0xFFFE)
                {
                    return "a Unicode noncharacter";
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                return "a lone surrogate";
            }

            if (c is '\uFFFE' or '\uFFFF' or (>= '\uFDD0' and <= '\uFDEF'))
            {
                return "a Unicode noncharacter";
            }
        }

        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*$")]
    private static partial Regex ChannelIdPattern();
}
