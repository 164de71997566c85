using CrampBot.Core.Content;
using YamlDotNet.RepresentationModel;

namespace CrampBot.Core.Understanding.Intents;

/// <summary>
/// dialogs/understanding/intent-rules.yaml: the few readings that must never be left to a model.
/// </summary>
/// <remarks>
/// How rules and model combine (in this order):
/// <list type="number">
/// <item><c>whole_message</c>: when the whole message, once the <c>filler</c> words and punctuation are dropped, is
/// one of a label's phrases, that label wins with confidence 1 (commands such as "cancel", "重来").</item>
/// <item><c>ask_which</c>: a message that is only a topic word ("leg cramps", "小腿", no "!") is too vague to act on;
/// the bot asks which of the listed labels was meant.</item>
/// <item>Otherwise the trained model decides, with its calibrated confidence.</item>
/// <item><c>cramp_now</c>: when the model ranks cramp_now among its top two, the message has one of the
/// <c>now</c> phrases and none of the <c>past</c> phrases, it is a cramp happening now, confidently: the stretch
/// walkthrough must never wait behind a "which did you mean?". The other way round, when the model says cramp_now
/// with a probability below <c>past_overrules_below</c>, and the message has a <c>past</c> phrase and no <c>now</c> phrase, the user is describing their cramps
/// (describe_symptoms): a history must not start the walkthrough.</item>
/// <item><c>language_targets</c>: whenever the result is change_language, a message that names exactly one
/// language switches to it; naming none or both means "the other one".</item>
/// </list>
/// </remarks>
internal sealed class IntentRules
{
    public const string FileName = "intent-rules.yaml";

    private readonly Dictionary<string, string> _wholeMessage;
    private readonly string[] _fillers;
    private readonly (string Locale, string[] Names)[] _languageTargets;
    private readonly HashSet<string> _vague;
    private readonly string[] _now;
    private readonly string[] _past;

    private IntentRules(
        Dictionary<string, string> wholeMessage,
        string[] fillers,
        (string Locale, string[] Names)[] languageTargets,
        HashSet<string> vague,
        IReadOnlyList<string> offered,
        string[] now,
        string[] past)
    {
        _wholeMessage = wholeMessage;
        _fillers = fillers;
        _languageTargets = languageTargets;
        _vague = vague;
        Offered = offered;
        _now = now;
        _past = past;
    }

    /// <summary>Below this cramp_now probability, a past phrase without a now phrase makes the message a description (<c>cramp_now.past_overrules_below</c>).</summary>
    public double PastOverrulesBelow { get; private init; }

    /// <summary>The labels offered when a message is too vague (<c>ask_which.offer</c>), best first.</summary>
    public IReadOnlyList<string> Offered { get; }

    /// <summary>Whether the message is only a topic word ("leg cramps", "小腿"); an exclamation mark reads as a cramp now, so it is never vague.</summary>
    public bool IsVague(string normalized)
    {
        if (normalized.Contains('!'))
        {
            return false;
        }

        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[256] : new char[normalized.Length];
        return _vague.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Core(normalized, buffer));
    }

    /// <summary>Whether the message says the cramp is happening now and nothing about the past (<c>cramp_now.now</c>, <c>cramp_now.past</c>).</summary>
    public bool SaysNow(string normalized) => ContainsAny(normalized, _now) && !ContainsAny(normalized, _past);

    /// <summary>Whether the message speaks of the past or a habit and not of now: "I had a cramp last night", "我昨晚抽筋了".</summary>
    public bool SaysPastOnly(string normalized) => ContainsAny(normalized, _past) && !ContainsAny(normalized, _now);

    /// <summary>The label a whole-message phrase fixes, or null.</summary>
    public string? WholeMessage(string normalized)
    {
        Span<char> buffer = normalized.Length <= 256 ? stackalloc char[256] : new char[normalized.Length];
        return _wholeMessage.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Core(normalized, buffer), out var label) ? label : null;
    }

    /// <summary>"en", "zh-Hans", or null when the message names no language or both.</summary>
    public string? LanguageTarget(string normalized)
    {
        string? target = null;
        foreach (var (locale, names) in _languageTargets)
        {
            if (ContainsAny(normalized, names))
            {
                if (target is not null)
                {
                    return null;
                }

                target = locale;
            }
        }

        return target;
    }

    /// <exception cref="ContentException">An unknown label or locale, an empty phrase or one phrase under two labels; the message names file and line.</exception>
    public static IntentRules Load(UnderstandingSource source)
    {
        var root = source.ReadMapping(FileName);
        var path = source.PathOf(FileName);
        var errors = new List<ContentError>();

        var fillers = Phrases(YamlRead.Child(root, "filler"), "filler", path, errors).Select(p => p.Text).ToArray();
        var rules = new IntentRules(new Dictionary<string, string>(StringComparer.Ordinal), fillers, [], [], [], [], []);

        var wholeMessage = new Dictionary<string, string>(StringComparer.Ordinal);
        if (YamlRead.Child(root, "whole_message") is YamlMappingNode commands)
        {
            foreach (var (keyNode, valueNode) in commands.Children)
            {
                var label = YamlRead.Scalar(keyNode) ?? string.Empty;
                if (!IntentLabels.IsKnown(label))
                {
                    errors.Add(new ContentError(path, YamlRead.Line(keyNode), $"unknown intent label '{label}'"));
                    continue;
                }

                foreach (var (text, line) in Phrases(valueNode, label, path, errors))
                {
                    var core = rules.Core(text);
                    if (wholeMessage.TryGetValue(core, out var other))
                    {
                        errors.Add(new ContentError(path, line, $"'{text}' is already a phrase of '{other}'"));
                        continue;
                    }

                    wholeMessage[core] = label;
                }
            }
        }
        else
        {
            errors.Add(new ContentError(path, YamlRead.Line(root), "missing mapping 'whole_message'"));
        }

        var targets = new List<(string, string[])>();
        if (YamlRead.Child(root, "language_targets") is YamlMappingNode languages)
        {
            foreach (var (keyNode, valueNode) in languages.Children)
            {
                var locale = YamlRead.Scalar(keyNode) ?? string.Empty;
                if (!Locales.All.Contains(locale))
                {
                    errors.Add(new ContentError(path, YamlRead.Line(keyNode), $"unknown locale '{locale}' (known: {string.Join(", ", Locales.All)})"));
                    continue;
                }

                targets.Add((locale, Phrases(valueNode, locale, path, errors).Select(p => p.Text).ToArray()));
            }
        }
        else
        {
            errors.Add(new ContentError(path, YamlRead.Line(root), "missing mapping 'language_targets'"));
        }

        var vague = new HashSet<string>(StringComparer.Ordinal);
        var offered = new List<string>();
        if (YamlRead.Child(root, "ask_which") is YamlMappingNode askWhich)
        {
            foreach (var (label, line) in Phrases(YamlRead.Child(askWhich, "offer"), "ask_which.offer", path, errors))
            {
                if (IntentLabels.IsKnown(label))
                {
                    offered.Add(label);
                }
                else
                {
                    errors.Add(new ContentError(path, line, $"unknown intent label '{label}'"));
                }
            }

            foreach (var (text, _) in Phrases(YamlRead.Child(askWhich, "phrases"), "ask_which.phrases", path, errors))
            {
                vague.Add(rules.Core(text));
            }
        }
        else
        {
            errors.Add(new ContentError(path, YamlRead.Line(root), "missing mapping 'ask_which'"));
        }

        string[] now = [], past = [];
        var pastOverrulesBelow = 0.0;
        if (YamlRead.Child(root, "cramp_now") is YamlMappingNode crampNow)
        {
            pastOverrulesBelow = YamlRead.Number(crampNow, "past_overrules_below", path, errors);
            now = Phrases(YamlRead.Child(crampNow, "now"), "cramp_now.now", path, errors).Select(p => p.Text).ToArray();
            past = Phrases(YamlRead.Child(crampNow, "past"), "cramp_now.past", path, errors).Select(p => p.Text).ToArray();
        }
        else
        {
            errors.Add(new ContentError(path, YamlRead.Line(root), "missing mapping 'cramp_now'"));
        }

        if (errors.Count > 0)
        {
            throw new ContentException(errors);
        }

        return new IntentRules(wholeMessage, fillers, targets.ToArray(), vague, offered, now, past) { PastOverrulesBelow = pastOverrulesBelow };
    }

    /// <summary>The message without filler words, punctuation, emoji and spaces at either end: what a whole-message phrase is compared with.</summary>
    private string Core(string normalized)
    {
        var buffer = new char[normalized.Length];
        return new string(Core(normalized, buffer));
    }

    // The same written into a buffer at least as long as the message: every message asks, so no string per word.
    private ReadOnlySpan<char> Core(ReadOnlySpan<char> normalized, Span<char> buffer)
    {
        var length = 0;
        foreach (var range in normalized.Split(' '))
        {
            var word = normalized[range].Trim(TrimmedPunctuation);
            if (word.Length == 0 || IsFiller(word))
            {
                continue;
            }

            if (length > 0)
            {
                buffer[length++] = ' ';
            }

            word.CopyTo(buffer[length..]);
            length += word.Length;
        }

        ReadOnlySpan<char> core = buffer[..length];
        foreach (var filler in _fillers)
        {
            if (!HasCjk(filler))
            {
                continue;
            }

            // Chinese fillers ("请", "吧") sit at either end of the message, not between spaces.
            if (core.Length > filler.Length && core.EndsWith(filler, StringComparison.Ordinal))
            {
                core = core[..^filler.Length];
            }

            if (core.Length > filler.Length && core.StartsWith(filler, StringComparison.Ordinal))
            {
                core = core[filler.Length..];
            }
        }

        return core.Trim(TrimmedPunctuation).Trim();
    }

    private bool IsFiller(ReadOnlySpan<char> word)
    {
        foreach (var filler in _fillers)
        {
            if (word.SequenceEqual(filler))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasCjk(string text)
    {
        foreach (var ch in text)
        {
            if (IntentText.IsCjk(ch))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string normalized, string[] names)
    {
        foreach (var name in names)
        {
            if (Contains(normalized, name))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] TrimmedPunctuation = ['.', ',', '!', '?', '~', ';', ':', '，', '！', '？', '、', '…', '"', '\''];

    /// <summary>Whether a phrase occurs in the message: as whole words for alphabetic phrases, anywhere for Chinese ones.</summary>
    private static bool Contains(string normalized, string name)
    {
        if (HasCjk(name))
        {
            return normalized.Contains(name, StringComparison.Ordinal);
        }

        var at = normalized.IndexOf(name, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !IntentText.IsWordChar(normalized[at - 1]);
            var end = at + name.Length;
            var after = end == normalized.Length || !IntentText.IsWordChar(normalized[end]);
            if (before && after)
            {
                return true;
            }

            at = normalized.IndexOf(name, at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static List<(string Text, int Line)> Phrases(YamlNode? node, string key, string path, List<ContentError> errors)
    {
        var result = new List<(string, int)>();
        if (node is not YamlSequenceNode list)
        {
            errors.Add(new ContentError(path, node is null ? 1 : YamlRead.Line(node), $"'{key}' needs a list of phrases"));
            return result;
        }

        foreach (var item in list.Children)
        {
            var text = IntentText.Normalize(YamlRead.Scalar(item));
            if (text.Length == 0)
            {
                errors.Add(new ContentError(path, YamlRead.Line(item), $"empty phrase under '{key}'"));
                continue;
            }

            result.Add((text, YamlRead.Line(item)));
        }

        return result;
    }
}
