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
}

/// <summary>How sure the recognizer is: act on it, ask one clarifying question, or admit it did not understand.</summary>
public enum IntentBand
{
    None,
    Unsure,
    Confident,
}
