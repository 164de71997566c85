using System.Buffers;
using System.Text.RegularExpressions;

namespace CrampBot.Bot.Understanding;

/// <summary>
/// "Can statins cause cramps?", "what if my leg swells?", "他汀会引起抽筋吗？": questions about the world, not
/// statements about the user. Their symptom words must not become facts in the user's report (or raise a red
/// flag the user never reported). A question in the first person ("I'm pregnant, is that normal?") still counts.
/// </summary>
public static partial class GeneralQuestion
{
    public static bool Is(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim().ToLowerInvariant();
        if (Hypothetical().IsMatch(t))
        {
            return true;
        }

        return QuestionForm().IsMatch(t) && !FirstPerson().IsMatch(t);
    }

    /// <summary>
    /// The sentences of <paramref name="text"/> that are not general questions, joined: what the user states about
    /// the patient. A story that ends in "what do I do?" keeps its story ("他左脚冰凉发白……咋整啊？"); a message that
    /// is only a general question gives an empty string.
    /// </summary>
    public static string Statements(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        if (text.AsSpan().IndexOfAny(SentenceMarks) < 0)
        {
            // One sentence, as most messages are: the same answer as below without splitting and joining, and the
            // very same string when nothing is trimmed.
            return Is(text) ? string.Empty : text.Trim();
        }

        var kept = Sentence().Matches(text).Select(m => m.Value).Where(s => !string.IsNullOrWhiteSpace(s) && !Is(s));
        var statements = string.Join(" ", kept).Trim();

        // The message itself when nothing was dropped: the turn's other readings of it then share one understanding.
        return string.Equals(statements, text, StringComparison.Ordinal) ? text : statements;
    }

    /// <summary>Shaped like a question (a question mark, a question word, 吗), whoever it is about.</summary>
    public static bool IsQuestionShaped(string? text) =>
        !string.IsNullOrWhiteSpace(text) && QuestionForm().IsMatch(text.Trim().ToLowerInvariant());

    [GeneratedRegex(@"^(what if|suppose|supposing|if)\b|^(如果|假如|要是|万一)")]
    private static partial Regex Hypothetical();

    [GeneratedRegex(@"[?？]|^(can|could|does|do|is|are|should|will|would|how|what|which|why)\b|吗|么|能不能|可不可以|会不会|是不是")]
    private static partial Regex QuestionForm();

    [GeneratedRegex(@"\b(i|i'm|im|i've|i'd|my|me|mine)\b|我|俺")]
    private static partial Regex FirstPerson();

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?。！？\n");

    // A sentence runs to its closing mark (kept with it, so "?" still marks a question) or to the end of the text.
    [GeneratedRegex(@"[^.!?。！？\n]+[.!?。！？]*|[.!?。！？]+")]
    private static partial Regex Sentence();
}
