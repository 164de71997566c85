using System.Text;

namespace CrampBot.BotFramework.Dialogs.Prompts;

/// <summary>Normalisation shared by the recognisers, so "ＹＥＳ！" and "yes" read alike.</summary>
internal static class PromptText
{
    private static readonly char[] TrailingPunctuation = ['.', '!', '?', ',', ';', '~', '。', '！', '？', '，', '；', '、', '…'];

    /// <summary>Compatibility-normalised (full-width → ASCII), trimmed, lower-case, without trailing punctuation.</summary>
    public static string Normalize(string? text) =>
        (text ?? string.Empty).Normalize(NormalizationForm.FormKC).Trim().TrimEnd(TrailingPunctuation).Trim().ToLowerInvariant();

    public static bool IsChinese(string? locale) => locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether <paramref name="text"/> is <paramref name="phrase"/> or starts with it as a whole word. Chinese has no
    /// spaces, so a Chinese phrase only needs to be a prefix ("是的，经常" starts with "是的").
    /// </summary>
    public static bool StartsWithPhrase(string text, string phrase)
    {
        if (!text.StartsWith(phrase, StringComparison.Ordinal))
        {
            return false;
        }

        if (text.Length == phrase.Length || phrase.Any(c => c > 0x2E80))
        {
            return true;
        }

        return !char.IsLetterOrDigit(text[phrase.Length]);
    }
}
