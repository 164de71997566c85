using System.Text.RegularExpressions;
using CrampBot.Core.Triage;

namespace CrampBot.Core.Triage.Extraction;

/// <summary>
/// Decides whether a matched phrase was affirmed, denied or doubted, from the words before it in the same
/// clause. English negation reaches forward over a list ("no swelling, redness or warmth") until a full stop,
/// a contrast ("but"), or a new subject (", my calf is red"). Chinese negation governs the next few
/// characters ("腿不肿也不红", "没有胸痛，也不喘"). A negative question ("isn't my foot cold?", "脚不凉吗？") asks
/// rather than denies.
/// </summary>
internal static partial class Polarity
{
    private const int EnglishMaxWords = 8;
    private const int ChineseMaxChars = 6;

    public static FactValue English(string text, int anchor)
    {
        var window = EnglishWindow(text, anchor);
        window = EnglishNotCues().Replace(window, m => new string(' ', m.Length));
        if (InQuestion(text, anchor))
        {
            // "isn't my foot cold?" asks; it does not deny.
            var clause = window.LastIndexOf(',') + 1;
            var asked = EnglishNegativeQuestion().Match(window, clause);
            if (asked.Success)
            {
                window = string.Concat(window.AsSpan(0, asked.Index), new string(' ', asked.Length), window.AsSpan(asked.Index + asked.Length));
            }
        }

        var doubt = EnglishDoubt().Matches(window).LastOrDefault();
        var negation = EnglishNegation().Matches(window).LastOrDefault();
        if (doubt is not null && (negation is null || negation.Index < doubt.Index + doubt.Length))
        {
            return WordsBetween(window, doubt.Index + doubt.Length) <= EnglishMaxWords ? FactValue.DontKnow : FactValue.Yes;
        }

        if (negation is not null && WordsBetween(window, negation.Index + negation.Length) <= EnglishMaxWords)
        {
            return FactValue.No;
        }

        return FactValue.Yes;
    }

    public static FactValue Chinese(string text, int anchor)
    {
        var start = anchor;
        while (start > 0 && !IsChineseClauseEnd(text[start - 1]))
        {
            start--;
        }

        var window = text[start..anchor];
        if (ChineseContrast().Matches(window).LastOrDefault() is { } contrast)
        {
            window = window[(contrast.Index + contrast.Length)..];
        }

        window = ChineseNotCues().Replace(window, m => new string('·', m.Length));
        var doubt = ChineseDoubt().Matches(window).LastOrDefault();
        // "脚不凉吗？" asks; it does not deny.
        var negation = ChineseNegativeQuestion().IsMatch(ClauseAhead(text, anchor)) ? null : ChineseNegation().Matches(window).LastOrDefault();
        if (doubt is not null && (negation is null || negation.Index < doubt.Index + doubt.Length))
        {
            return window.Length - (doubt.Index + doubt.Length) <= ChineseMaxChars + 4 ? FactValue.DontKnow : FactValue.Yes;
        }

        if (negation is not null && window.Length - (negation.Index + negation.Length) <= ChineseMaxChars)
        {
            return FactValue.No;
        }

        return FactValue.Yes;
    }

    /// <summary>Whether the clause around <paramref name="position"/> is a question: it ends with a question mark.</summary>
    public static bool InQuestion(string text, int position)
    {
        var clause = ClauseAhead(text, position);
        return position + clause.Length < text.Length && text[position + clause.Length] is '?' or '？';
    }

    // From position to the end of its clause (a comma ends a clause too), without the mark.
    private static string ClauseAhead(string text, int position)
    {
        var end = position;
        while (end < text.Length && !IsChineseClauseEnd(text[end]) && text[end] is not ('？' or ':'))
        {
            end++;
        }

        return text[position..end];
    }

    private static string EnglishWindow(string text, int anchor)
    {
        var start = anchor;
        while (start > 0 && text[start - 1] is not ('.' or '!' or '?' or ';' or '\n' or ':'))
        {
            start--;
        }

        var window = text[start..anchor];
        // A contrast or a new subject ends the reach of an earlier "no".
        if (EnglishBreak().Matches(window).LastOrDefault() is { } cut)
        {
            window = window[(cut.Index + cut.Length)..];
        }

        return window;
    }

    private static int WordsBetween(string window, int from) =>
        window[from..].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool IsChineseClauseEnd(char c) => c is '。' or '！' or '？' or '；' or '，' or ',' or '.' or '!' or '?' or ';' or '\n';

    [GeneratedRegex(@"\b(but|although|though|however|except|apart from|whereas|yet|because|since|so|when|while|which|and then)\b|,\s*(i|my|it|it's|the|she|he|they|they're|their|his|her|there|this|that)\b|\band (i|my|it|it's|the|there|now|then)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishBreak();

    // Phrases that contain a negation word but do not deny what follows.
    [GeneratedRegex(@"\b(don'?t|do not|no) (know|idea) why\b|\bnot only\b|\bno matter\b|\bnothing helps\b|\bcan'?t sleep\b|\bcouldn'?t sleep\b|\bno longer\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNotCues();

    [GeneratedRegex(@"\b(not sure|unsure|don'?t know|do not know|no idea|can'?t tell|cannot tell|not certain|hard to say|maybe|might|possibly|perhaps|i wonder|not that i know|haven'?t checked|didn'?t check|can'?t remember)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishDoubt();

    [GeneratedRegex(@"\b(no|not|never|without|none|neither|nor|deny|denies|denied|nothing|free of|absence of|cannot|dont|doesnt|didnt|havent|hasnt|isnt|arent|wasnt|cant|wont)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegation();

    // An inverted auxiliary opening a question clause: "isn't it cold?", "but doesn't my foot look pale?".
    [GeneratedRegex(@"\G\s*((but|and|so|then)\s+)?(is|are|was|were|do|does|did|has|have|had|can|could|will|would|should)(n't|nt)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishNegativeQuestion();

    // A clause ending in 吗 is a question, with or without its question mark: "脚不凉吗".
    [GeneratedRegex(@"吗\s*$")]
    private static partial Regex ChineseNegativeQuestion();

    [GeneratedRegex(@"但是|但|可是|不过|然而|只是|却")]
    private static partial Regex ChineseContrast();

    [GeneratedRegex(@"不知道为什么|不知为何|不知怎么|不知怎的|不少|不停|不断|不住|不了|不舒服|不好|睡不着|不行|受不了|忍不住|不得不|不一定|不管|不到|不久|不仅|不但|差不多|不用|没多久|没过多久|不一会|无法|不能|动不了|没事|无缘无故|不明原因|有没有|是不是|会不会|能不能")]
    private static partial Regex ChineseNotCues();

    [GeneratedRegex(@"不知道|不确定|不清楚|说不清|说不好|没注意|没留意|没仔细看|不记得|不太确定|搞不清|可能|也许|或许|不敢肯定|好像")]
    private static partial Regex ChineseDoubt();

    [GeneratedRegex(@"没有|没|不|无|未|并无|毫无|别|否认")]
    private static partial Regex ChineseNegation();
}
