namespace CrampBot.Core.Recognition;

/// <summary>Word classes the English scanner cares about; every other word is <see cref="None"/>.</summary>
internal enum EnWord : byte
{
    None,
    Number,          // one … ninety; Value
    Unit,            // minute, hours, fortnight …; Unit and Value (multiplier)
    A,               // a, an
    Every,
    Each,
    Other,
    Ordinal,         // third, fourth … ("every third day"); Value
    Per,
    Times,           // time, times
    X,               // "3x a week"
    CountWord,       // once, twice, thrice; Value
    Or,
    To,
    And,
    Between,
    Half,
    Quarter,
    Couple,
    Few,
    Several,
    Some,
    Dozen,
    Hundred,
    Of,
    Approx,          // about, around, roughly, almost, nearly …
    Most,
    Less,            // less, fewer, shorter
    More,            // more, longer
    Than,
    Under,
    Within,
    Over,
    Up,
    At,
    Least,
    No,
    Not,
    Negation,        // never, don't, doesn't, shouldn't …
    Tops,
    Max,
    So,
    Ish,
    Whole,           // all, full, whole, entire
    Another,
    The,
    For,
    RecentPast,      // past, last, previous, next, coming: "the past two weeks" is a date range
    Last,
    This,
    In,
    Out,
    Ago,
    Old,
    FreqAdverb,      // daily, weekly, quarterly …; Value = count, Unit/PerAmount = period
    Semi,
    Bi,
    Weekday,         // monday … sunday
    Weekdays,        // mondays … sundays
    DayPart,         // morning, evening, afternoon
    DayParts,        // mornings, evenings, afternoons
    EventNoun,       // cramps, episodes, attacks: "6 cramps in the last two weeks"
    Single,          // "every single night"
    Age,             // "70 years of age"
    Give,            // "give or take"
    Take,
    DayRef,          // yesterday, today, tonight: "twice yesterday"
    Clause,          // but, because, though: a negation before these belongs to another clause
}

[Flags]
internal enum EnFlags : byte
{
    None = 0,
    Plural = 1,
    Night = 2,
    AttachedOnly = 4,    // d, w, y: only straight after digits ("10D", "2W")
    AfterDigitsOnly = 8, // h: "3h", "3 h", never "two h"
}

internal readonly record struct EnLex(EnWord Kind, double Value = 0, TimeUnit Unit = TimeUnit.None, double PerAmount = 0, EnFlags Flags = EnFlags.None);

/// <summary>
/// The English vocabulary in a small open-addressing table keyed by lower-case ASCII words. Built on first
/// use from a few grouped word lists: cheap to JIT and to fill (a frozen dictionary or a 200-case switch
/// each cost several milliseconds of the 20 ms first-call budget), and lookups allocate nothing.
/// </summary>
internal static class EnglishLexicon
{
    /// <summary>Longer than any word in the vocabulary.</summary>
    private const int MaxWordLength = 16;

    private const int Capacity = 512; // a power of two, about twice the vocabulary

    private static readonly string?[] Keys = new string?[Capacity];
    private static readonly EnLex[] Values = new EnLex[Capacity];

    static EnglishLexicon()
    {
        Numbers("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 0, 1);
        Numbers("twenty thirty forty fifty sixty seventy eighty ninety", 20, 10);

        Units(TimeUnit.Second, 1, EnFlags.None, "second sec");
        Units(TimeUnit.Minute, 1, EnFlags.None, "minute min");
        Units(TimeUnit.Hour, 1, EnFlags.None, "hour hr");
        Units(TimeUnit.Hour, 1, EnFlags.AfterDigitsOnly, "h");
        Units(TimeUnit.Day, 1, EnFlags.None, "day");
        Units(TimeUnit.Day, 1, EnFlags.AttachedOnly, "d");
        Units(TimeUnit.Day, 1, EnFlags.Night, "night");
        Units(TimeUnit.Week, 1, EnFlags.None, "week wk");
        Units(TimeUnit.Week, 1, EnFlags.AttachedOnly, "w");
        Units(TimeUnit.Week, 2, EnFlags.None, "fortnight");
        Units(TimeUnit.Month, 1, EnFlags.None, "month");
        Units(TimeUnit.Year, 1, EnFlags.None, "year yr");
        Units(TimeUnit.Year, 1, EnFlags.AttachedOnly, "y");
        Units(TimeUnit.Year, 10, EnFlags.None, "decade");

        Words(EnWord.A, "a an");
        Words(EnWord.Every, "every");
        Words(EnWord.Each, "each");
        Words(EnWord.Other, "other alternate");
        Words(EnWord.Per, "per");
        Words(EnWord.Times, "times time");
        Words(EnWord.X, "x");
        Words(EnWord.Or, "or");
        Words(EnWord.To, "to till until");
        Words(EnWord.And, "and");
        Words(EnWord.Between, "between");
        Words(EnWord.Half, "half");
        Words(EnWord.Quarter, "quarter quarters");
        Words(EnWord.Couple, "couple");
        Words(EnWord.Few, "few");
        Words(EnWord.Several, "several");
        Words(EnWord.Some, "some");
        Words(EnWord.Dozen, "dozen");
        Words(EnWord.Hundred, "hundred");
        Words(EnWord.Of, "of");
        Words(EnWord.Approx, "about around roughly approximately approx almost nearly practically virtually circa abt");
        Words(EnWord.Most, "most");
        Words(EnWord.Less, "less fewer shorter");
        Words(EnWord.More, "more longer");
        Words(EnWord.Than, "than");
        Words(EnWord.Under, "under below");
        Words(EnWord.Within, "within");
        Words(EnWord.Over, "over");
        Words(EnWord.Up, "up");
        Words(EnWord.At, "at");
        Words(EnWord.Least, "least");
        Words(EnWord.No, "no");
        Words(EnWord.Not, "not");
        Words(EnWord.Negation, "never dont doesnt didnt isnt wont cant cannot shouldnt hardly rarely");
        Words(EnWord.Tops, "tops");
        Words(EnWord.Max, "max");
        Words(EnWord.So, "so");
        Words(EnWord.Ish, "ish");
        Words(EnWord.Whole, "all full whole entire");
        Words(EnWord.Another, "another");
        Words(EnWord.The, "the");
        Words(EnWord.For, "for");
        Words(EnWord.RecentPast, "past previous next coming recent");
        Words(EnWord.Last, "last");
        Words(EnWord.This, "this");
        Words(EnWord.In, "in");
        Words(EnWord.Out, "out");
        Words(EnWord.Ago, "ago");
        Words(EnWord.Old, "old olds");
        Words(EnWord.Semi, "semi");
        Words(EnWord.Bi, "bi");
        Words(EnWord.Single, "single");
        Words(EnWord.Age, "age");
        Words(EnWord.Give, "give");
        Words(EnWord.Take, "take");
        Words(EnWord.DayRef, "yesterday today tonight");
        Words(EnWord.Clause, "but because though although yet sure");
        Words(EnWord.EventNoun, "cramps cramp episodes episode attacks attack spasms spasm");

        Add("once", new EnLex(EnWord.CountWord, 1));
        Add("twice", new EnLex(EnWord.CountWord, 2));
        Add("thrice", new EnLex(EnWord.CountWord, 3));
        Add("third", new EnLex(EnWord.Ordinal, 3));
        Add("fourth", new EnLex(EnWord.Ordinal, 4));
        Add("fifth", new EnLex(EnWord.Ordinal, 5));

        Adverbs(1, 1, TimeUnit.Hour, "hourly");
        Adverbs(1, 1, TimeUnit.Day, "daily nightly everyday everynight");
        Adverbs(1, 1, TimeUnit.Week, "weekly");
        Adverbs(1, 2, TimeUnit.Week, "biweekly fortnightly");
        Adverbs(1, 1, TimeUnit.Month, "monthly");
        Adverbs(1, 2, TimeUnit.Month, "bimonthly");
        Adverbs(1, 3, TimeUnit.Month, "quarterly");
        Adverbs(1, 1, TimeUnit.Year, "yearly annually annual");
        Adverbs(2, 1, TimeUnit.Year, "semiannual semiannually biannual biannually");

        foreach (var day in Split("monday tuesday wednesday thursday friday saturday sunday"))
        {
            Add(day, new EnLex(EnWord.Weekday, 1, TimeUnit.Week));
            Add(day + "s", new EnLex(EnWord.Weekdays, 1, TimeUnit.Week));
        }

        foreach (var part in Split("morning evening afternoon"))
        {
            Add(part, new EnLex(EnWord.DayPart, 1, TimeUnit.Day));
            Add(part + "s", new EnLex(EnWord.DayParts, 1, TimeUnit.Day));
        }
    }

    public static EnLex Classify(ReadOnlySpan<char> word)
    {
        // Contractions: don't, doesn't, shouldn't, with either apostrophe.
        if (word.Length > 3 && (word[^1] is 't' or 'T') && (word[^2] is '\'' or '\u2019') && (word[^3] is 'n' or 'N'))
        {
            return new EnLex(EnWord.Negation);
        }

        if (word.Length > MaxWordLength)
        {
            return default;
        }

        Span<char> lower = stackalloc char[MaxWordLength];
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsAsciiLetter(c))
            {
                return default; // every vocabulary word is plain ASCII
            }

            lower[i] = (char)(c | 0x20);
        }

        var key = lower[..word.Length];
        for (var slot = Hash(key); ; slot = (slot + 1) & (Capacity - 1))
        {
            var candidate = Keys[slot];
            if (candidate is null)
            {
                return default;
            }

            if (key.SequenceEqual(candidate))
            {
                return Values[slot];
            }
        }
    }

    private static int Hash(ReadOnlySpan<char> word)
    {
        var h = 2166136261u; // FNV-1a
        foreach (var c in word)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h & (Capacity - 1));
    }

    private static void Add(string word, EnLex lex)
    {
        var slot = Hash(word);
        while (Keys[slot] is not null)
        {
            slot = (slot + 1) & (Capacity - 1);
        }

        Keys[slot] = word;
        Values[slot] = lex;
    }

    private static string[] Split(string words) => words.Split(' ');

    private static void Numbers(string words, int first, int step)
    {
        var value = first;
        foreach (var word in Split(words))
        {
            Add(word, new EnLex(EnWord.Number, value));
            value += step;
        }
    }

    /// <summary>Each form and, for words of more than one letter, its plural with "s".</summary>
    private static void Units(TimeUnit unit, double multiplier, EnFlags flags, string words)
    {
        foreach (var word in Split(words))
        {
            Add(word, new EnLex(EnWord.Unit, multiplier, unit, 0, flags));
            if (word.Length > 1)
            {
                Add(word + "s", new EnLex(EnWord.Unit, multiplier, unit, 0, flags | EnFlags.Plural));
            }
        }
    }

    private static void Words(EnWord kind, string words)
    {
        foreach (var word in Split(words))
        {
            Add(word, new EnLex(kind));
        }
    }

    private static void Adverbs(double count, double per, TimeUnit unit, string words)
    {
        foreach (var word in Split(words))
        {
            Add(word, new EnLex(EnWord.FreqAdverb, count, unit, per));
        }
    }
}
