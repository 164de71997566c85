namespace CrampBot.Core.Intents;

/// <summary>What the user wants from one message, whatever words or language they used.</summary>
public enum Intent
{
    /// <summary>Nothing recognised.</summary>
    None,
    Greeting,
    WhyCramps,
    CrampNow,
    SymptomCheck,
    Prevention,
    Calcium,
    PickleJuice,
    Magnesium,
    Medicines,
    Pregnancy,
    Stretches,
    SleepingPosture,
    Help,
    Cancel,
    StartOver,
    ChangeLanguage,
    DeleteData,
    Thanks,
    Goodbye,

    /// <summary>A health question CrampBot cannot help with ("my knee hurts").</summary>
    OutOfScope,

    /// <summary>An answer: yes ("yep", "有", "对").</summary>
    Yes,

    /// <summary>An answer: no ("nope", "没有", "不是").</summary>
    No,

    /// <summary>An answer: the user does not know ("idk", "说不清"). Not the same as <see cref="IntentBand.Unsure"/>, which is the bot being unsure.</summary>
    Unsure,
}

/// <summary>How sure the recognizer is: act on it, ask one clarifying question, or admit it did not understand.</summary>
public enum IntentBand
{
    None,
    Unsure,
    Confident,
}
