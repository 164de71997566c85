using System.Collections.Frozen;

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
/// The English vocabulary, looked up case-insensitively straight from spans of the input
/// (no per-word string is ever allocated).
/// </summary>
internal static class EnglishLexicon
{
    private static readonly FrozenDictionary<string, EnLex> Words = Build();

    private static readonly FrozenDictionary<string, EnLex>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static EnLex Classify(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var lex))
        {
            return lex;
        }

        // Contractions: don't, doesn't, shouldn't, with either apostrophe.
        if (word.Length > 3 && (word[^1] is 't' or 'T') && (word[^2] is '\'' or '\u2019') && (word[^3] is 'n' or 'N'))
        {
            return new EnLex(EnWord.Negation);
        }

        return default;
    }

    private static FrozenDictionary<string, EnLex> Build()
    {
        var d = new Dictionary<string, EnLex>(StringComparer.OrdinalIgnoreCase);

        string[] ones = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        for (var i = 0; i < ones.Length; i++)
        {
            d[ones[i]] = new EnLex(EnWord.Number, i);
        }

        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            d[tens[i]] = new EnLex(EnWord.Number, (i + 2) * 10);
        }

        void Unit(TimeUnit unit, double multiplier, EnFlags flags, params string[] forms)
        {
            foreach (var form in forms)
            {
                var plural = form.Length > 1 && form[^1] == 's' && form is not "s";
                d[form] = new EnLex(EnWord.Unit, multiplier, unit, 0, flags | (plural ? EnFlags.Plural : EnFlags.None));
            }
        }

        Unit(TimeUnit.Second, 1, EnFlags.None, "second", "seconds", "sec", "secs");
        Unit(TimeUnit.Minute, 1, EnFlags.None, "minute", "minutes", "min", "mins");
        Unit(TimeUnit.Hour, 1, EnFlags.None, "hour", "hours", "hr", "hrs");
        Unit(TimeUnit.Hour, 1, EnFlags.AfterDigitsOnly, "h");
        Unit(TimeUnit.Day, 1, EnFlags.None, "day", "days");
        Unit(TimeUnit.Day, 1, EnFlags.AttachedOnly, "d");
        Unit(TimeUnit.Day, 1, EnFlags.Night, "night", "nights");
        Unit(TimeUnit.Week, 1, EnFlags.None, "week", "weeks", "wk", "wks");
        Unit(TimeUnit.Week, 1, EnFlags.AttachedOnly, "w");
        Unit(TimeUnit.Week, 2, EnFlags.None, "fortnight", "fortnights");
        Unit(TimeUnit.Month, 1, EnFlags.None, "month", "months");
        Unit(TimeUnit.Year, 1, EnFlags.None, "year", "years", "yr", "yrs");
        Unit(TimeUnit.Year, 1, EnFlags.AttachedOnly, "y");
        Unit(TimeUnit.Year, 10, EnFlags.None, "decade", "decades");

        void Word(EnWord kind, params string[] forms)
        {
            foreach (var form in forms)
            {
                d[form] = new EnLex(kind);
            }
        }

        Word(EnWord.A, "a", "an");
        Word(EnWord.Every, "every");
        Word(EnWord.Each, "each");
        Word(EnWord.Other, "other", "alternate");
        Word(EnWord.Per, "per");
        Word(EnWord.Times, "times", "time");
        Word(EnWord.X, "x");
        Word(EnWord.Or, "or");
        Word(EnWord.To, "to", "till", "until");
        Word(EnWord.And, "and");
        Word(EnWord.Between, "between");
        Word(EnWord.Half, "half");
        Word(EnWord.Quarter, "quarter");
        Word(EnWord.Couple, "couple");
        Word(EnWord.Few, "few");
        Word(EnWord.Several, "several");
        Word(EnWord.Some, "some");
        Word(EnWord.Dozen, "dozen");
        Word(EnWord.Hundred, "hundred");
        Word(EnWord.Of, "of");
        Word(EnWord.Approx, "about", "around", "roughly", "approximately", "approx", "almost", "nearly", "circa", "abt");
        Word(EnWord.Most, "most");
        Word(EnWord.Less, "less", "fewer", "shorter");
        Word(EnWord.More, "more", "longer");
        Word(EnWord.Than, "than");
        Word(EnWord.Under, "under", "below");
        Word(EnWord.Within, "within");
        Word(EnWord.Over, "over");
        Word(EnWord.Up, "up");
        Word(EnWord.At, "at");
        Word(EnWord.Least, "least");
        Word(EnWord.No, "no");
        Word(EnWord.Not, "not");
        Word(EnWord.Negation, "never", "dont", "doesnt", "didnt", "isnt", "wont", "cant", "cannot", "shouldnt", "hardly", "rarely");
        Word(EnWord.Tops, "tops");
        Word(EnWord.Max, "max");
        Word(EnWord.So, "so");
        Word(EnWord.Ish, "ish");
        Word(EnWord.Whole, "all", "full", "whole", "entire");
        Word(EnWord.Another, "another");
        Word(EnWord.The, "the");
        Word(EnWord.For, "for");
        Word(EnWord.RecentPast, "past", "previous", "next", "coming", "recent");
        Word(EnWord.Last, "last");
        Word(EnWord.This, "this");
        Word(EnWord.In, "in");
        Word(EnWord.Out, "out");
        Word(EnWord.Ago, "ago", "earlier", "before");
        Word(EnWord.Old, "old", "olds");
        Word(EnWord.Semi, "semi");
        Word(EnWord.Single, "single");
        Word(EnWord.Age, "age");
        Word(EnWord.Give, "give");
        Word(EnWord.Take, "take");
        Word(EnWord.DayRef, "yesterday", "today", "tonight");
        Word(EnWord.Bi, "bi");
        Word(EnWord.EventNoun, "cramps", "cramp", "episodes", "episode", "attacks", "attack", "spasms", "spasm");

        d["once"] = new EnLex(EnWord.CountWord, 1);
        d["twice"] = new EnLex(EnWord.CountWord, 2);
        d["thrice"] = new EnLex(EnWord.CountWord, 3);
        d["third"] = new EnLex(EnWord.Ordinal, 3);
        d["fourth"] = new EnLex(EnWord.Ordinal, 4);
        d["fifth"] = new EnLex(EnWord.Ordinal, 5);

        void Adverb(double count, double per, TimeUnit unit, params string[] forms)
        {
            foreach (var form in forms)
            {
                d[form] = new EnLex(EnWord.FreqAdverb, count, unit, per);
            }
        }

        Adverb(1, 1, TimeUnit.Hour, "hourly");
        Adverb(1, 1, TimeUnit.Day, "daily", "nightly", "everyday", "everynight");
        Adverb(1, 1, TimeUnit.Week, "weekly");
        Adverb(1, 2, TimeUnit.Week, "biweekly", "fortnightly");
        Adverb(1, 1, TimeUnit.Month, "monthly");
        Adverb(1, 2, TimeUnit.Month, "bimonthly");
        Adverb(1, 3, TimeUnit.Month, "quarterly");
        Adverb(1, 1, TimeUnit.Year, "yearly", "annually", "annual");
        Adverb(2, 1, TimeUnit.Year, "semiannual", "semiannually", "biannual", "biannually");

        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        foreach (var day in days)
        {
            d[day] = new EnLex(EnWord.Weekday, 1, TimeUnit.Week);
            d[day + "s"] = new EnLex(EnWord.Weekdays, 1, TimeUnit.Week);
        }

        foreach (var part in (string[])["morning", "evening", "afternoon"])
        {
            d[part] = new EnLex(EnWord.DayPart, 1, TimeUnit.Day);
            d[part + "s"] = new EnLex(EnWord.DayParts, 1, TimeUnit.Day);
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
