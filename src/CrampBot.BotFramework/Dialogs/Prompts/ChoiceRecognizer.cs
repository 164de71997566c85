using System.Globalization;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Matches a message to one of a list of choices, in order of confidence: the value or a synonym exactly, then a
/// number ("2"), then an ordinal ("the second one", "第二个", "last"), then a value or synonym contained in the
/// message. Ambiguous containment (two choices found) matches nothing rather than guess.
/// </summary>
public static class ChoiceRecognizer
{
    private static readonly string[] EnglishOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private static readonly string[] EnglishShortOrdinals = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"];

    public static FoundChoice? Recognize(string? text, IList<Choice> choices, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var normalized = PromptText.Normalize(text);
        if (normalized.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        for (var i = 0; i < choices.Count; i++)
        {
            foreach (var word in Words(choices[i]))
            {
                if (PromptText.Normalize(word) == normalized)
                {
                    return new FoundChoice(choices[i].Value, i, 1.0, word);
                }
            }
        }

        if (IndexFromNumberOrOrdinal(normalized, choices.Count, culture ?? CultureInfo.InvariantCulture) is { } index)
        {
            return new FoundChoice(choices[index].Value, index, 0.9);
        }

        var contained = new List<(int Index, string Word)>();
        for (var i = 0; i < choices.Count; i++)
        {
            var best = Words(choices[i])
                .Where(w => ContainsPhrase(normalized, PromptText.Normalize(w)))
                .OrderByDescending(w => w.Length)
                .FirstOrDefault();
            if (best is not null)
            {
                contained.Add((i, best));
            }
        }

        // When one choice's word contains another's ("no pain" vs "pain"), the longer one wins.
        var ranked = contained.OrderByDescending(c => c.Word.Length).ToList();
        if (ranked.Count == 1 || (ranked.Count > 1 && ranked[0].Word.Length > ranked[1].Word.Length))
        {
            var (i, word) = ranked[0];
            return new FoundChoice(choices[i].Value, i, 0.8, word);
        }

        return null;
    }

    private static IEnumerable<string> Words(Choice choice) =>
        new[] { choice.Value, choice.Action?.Title }.Concat(choice.Synonyms ?? []).Where(w => !string.IsNullOrWhiteSpace(w))!;

    private static int? IndexFromNumberOrOrdinal(string text, int count, CultureInfo culture)
    {
        var trimmed = text.TrimStart('#').Replace("number ", string.Empty, StringComparison.Ordinal).Replace("option ", string.Empty, StringComparison.Ordinal).Trim();
        if (int.TryParse(trimmed, NumberStyles.Integer, culture, out var n) || (NumberText.TryParseChinese(trimmed, out var cn) && cn < int.MaxValue && (n = (int)cn) > 0))
        {
            return n >= 1 && n <= count ? n - 1 : null;
        }

        if (text is "last" or "the last" or "the last one" or "last one" or "最后" or "最后一个" or "最后一项")
        {
            return count - 1;
        }

        for (var i = 0; i < Math.Min(count, EnglishOrdinals.Length); i++)
        {
            if (ContainsPhrase(text, EnglishOrdinals[i]) || ContainsPhrase(text, EnglishShortOrdinals[i]))
            {
                return i;
            }
        }

        // 第一, 第二个, 第3项 ...
        var at = text.IndexOf('第', StringComparison.Ordinal);
        if (at >= 0)
        {
            var rest = new string(text[(at + 1)..].TakeWhile(c => char.IsDigit(c) || "零〇一二两三四五六七八九十".Contains(c)).ToArray());
            if (rest.Length > 0 && (int.TryParse(rest, NumberStyles.Integer, CultureInfo.InvariantCulture, out var k) || (NumberText.TryParseChinese(rest, out var ck) && (k = (int)ck) > 0)))
            {
                return k >= 1 && k <= count ? k - 1 : null;
            }
        }

        return null;
    }

    /// <summary>A phrase inside a text: on word boundaries for Latin script, anywhere for Chinese.</summary>
    private static bool ContainsPhrase(string text, string phrase)
    {
        if (phrase.Length == 0)
        {
            return false;
        }

        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        while (at >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]) || text[at - 1] > 0x2E80 || phrase[0] > 0x2E80;
            var end = at + phrase.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]) || text[end] > 0x2E80 || phrase[^1] > 0x2E80;
            if (before && after)
            {
                return true;
            }

            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
        }

        return false;
    }
}
