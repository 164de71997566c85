using System.Text.RegularExpressions;

namespace CrampBot.Core.Intents;

/// <summary>
/// One piece of evidence for an intent: a pattern and how strongly it points there.
/// <paramref name="Kind"/> says how the cue combines with the rest of the message.
/// </summary>
internal sealed record IntentCue(Intent Intent, double Weight, Regex Pattern, CueKind Kind = CueKind.Plain);

internal enum CueKind
{
    /// <summary>Counts wherever it appears.</summary>
    Plain,

    /// <summary>"抽筋了", "got a cramp": a cramp now, unless the message also talks about the past or a habit.</summary>
    NowUnlessPast,

    /// <summary>A topic the bot answers; a question form ("can", "吗", "?") makes it stronger.</summary>
    Topic,
}
