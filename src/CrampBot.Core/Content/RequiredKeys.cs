namespace CrampBot.Core.Content;

/// <summary>Message keys the code refers to by name; the catalog must have each of them in every locale.</summary>
public static class RequiredKeys
{
    public const string Welcome = "bot.welcome";
    public const string Help = "bot.help";
    public const string Disclaimer = "bot.disclaimer";
    public const string EmergencyCall = "emergency.call";
    public const string NotRuledOut = "advice.not_ruled_out";
    public const string BecauseYouSaid = "explain.because_you_said";
    public const string ReplyYes = "reply.yes";
    public const string ReplyNo = "reply.no";
    public const string ReplyDontKnow = "reply.dont_know";

    public static IReadOnlyList<string> General { get; } =
    [
        Welcome, Help, Disclaimer, EmergencyCall, NotRuledOut, BecauseYouSaid, ReplyYes, ReplyNo, ReplyDontKnow,
    ];
}
