using System.Text.RegularExpressions;
using CrampBot.Core.Triage;

namespace CrampBot.Bot.Understanding;

/// <summary>
/// Short answers in both languages: yes, no ("none", "没有", "都没有"), not sure ("不清楚"), and the stretch
/// walkthrough's "done" / "still hurts". "Not sure" is read first: "不清楚" starts with the negation 不.
/// </summary>
public static partial class ShortAnswers
{
    public static FactValue? YesNo(string? text)
    {
        var t = Clean(text);
        if (t.Length == 0)
        {
            return null;
        }

        if (NotSure().IsMatch(t))
        {
            return FactValue.DontKnow;
        }

        if (No().IsMatch(t))
        {
            return FactValue.No;
        }

        return Yes().IsMatch(t) ? FactValue.Yes : null;
    }

    /// <summary>True for "done", "it's gone", "好了"; false for "still hurts", "还在疼"; null when neither.</summary>
    public static bool? Eased(string? text)
    {
        // A negated easing ("not better", "hasn't eased", "没缓解") is read first, so the positive words below can
        // stand anywhere in a reply ("ok that helped, it's going"). Then "done": "不疼了" (no longer hurts) contains 疼.
        var t = Clean(text);
        if (NotEased().IsMatch(t))
        {
            return false;
        }

        if (Done().IsMatch(t))
        {
            return true;
        }

        return StillHurts().IsMatch(t) ? false : null;
    }

    public static bool IsNotSure(string? text) => NotSure().IsMatch(Clean(text));

    public static bool IsNone(string? text) => No().IsMatch(Clean(text));

    internal static string Clean(string? text) =>
        (text ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC).Trim().ToLowerInvariant().Replace('\u2019', '\'');

    [GeneratedRegex(@"^(not sure|unsure|i'?m not sure|i don'?t know|don'?t know|dont know|dunno|no idea|can'?t tell|cannot tell|maybe|perhaps|possibly|not certain|hard to say|i'?m not certain)\b|\b(not sure|don'?t know|no idea|can'?t tell|cannot tell|can'?t say|hard to tell|idk|dunno|unsure)\b|不清楚|不知道|不确定|不太确定|说不清|说不好|不好说|可能吧|也许|没注意|不太清楚|不记得|拿不准|看不出")]
    private static partial Regex NotSure();

    [GeneratedRegex(@"^(no|nope|nah|none|nothing|never|neither|not really|not at all|n|none of these|none of them|no,|i don'?t|i do not|it isn'?t|it's not|they aren'?t|i'?m not|i am not|not that i know)\b|^(没有|没|不是|无|都没有|都不是|否|不|没有的|并没有|一个都没有|都没)")]
    private static partial Regex No();

    [GeneratedRegex(@"^(yes|yeah|yep|yup|y|sure|it is|i do|i am|i'?m|i have|i did|correct|right|true|a bit|a little|sometimes|definitely|absolutely|ok|okay)\b|^(是|是的|有|对|对的|嗯|有的|有一点|有点|会|确实|好的|好)")]
    private static partial Regex Yes();

    [GeneratedRegex(@"^(done|gone|ok now|okay now|fine now|all good|finished)\b|\b(better|easing|eased|easier|eases|helped|helping|it'?s going|going away|gone|wearing off|let go|letting go|loosen(ed|ing)?|relax(ed|ing)|relieved|stopped|settl(ed|ing)|calm(ed|ing) down|passed|fading|subsid(ed|ing))\b|好了|好多了|好点了|缓过来|缓过劲|好一些|不疼了|不痛了|缓解|松开了|松了|没事了|不抽了|停了|过去了|舒服多了|轻了")]
    private static partial Regex Done();

    [GeneratedRegex(@"\b(not|no|isn'?t|hasn'?t|haven'?t|didn'?t|doesn'?t|won'?t|not any|nothing)\b[\w\s']{0,12}\b(better|easing|eased|easier|helped|helping|going away|gone|stopped|let go|loosen(ed|ing)?|relax(ed|ing)|settl(ed|ing)|passed)\b|没缓解|没有缓解|不缓解|没好|还没好|没松|没停")]
    private static partial Regex NotEased();

    [GeneratedRegex(@"still|hurts|not yet|worse|not better|no better|isn'?t better|hasn'?t eased|^no\b|还在疼|还疼|还痛|还在痛|没好|还没好|更疼|更痛|还在抽|没缓解|还是疼|疼")]
    private static partial Regex StillHurts();
}
