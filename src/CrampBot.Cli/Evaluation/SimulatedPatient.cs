using CrampBot.Bot.Replies;
using CrampBot.Core.Recognition;

namespace CrampBot.Cli.Evaluation;

/// <summary>
/// A patient who answers every question truthfully from the vignette's hidden answers, in plain words of its
/// language. It knows nothing of the expected level or cause. Questions about facts it has no hidden answer for
/// get "not sure" and are counted in <see cref="Unmapped"/>.
/// </summary>
public sealed class SimulatedPatient
{
    private const string Yes = "yes";
    private const string Unsure = "unsure";

    /// <summary>A cramp that has already lasted this long does not ease after one stretch.</summary>
    private const double StubbornCrampMinutes = 10;

    private readonly Vignette _vignette;
    private readonly PatientPhrasebook _book;
    private readonly PatientWords _words;
    private int _turn;

    public SimulatedPatient(Vignette vignette, PatientPhrasebook book)
    {
        _vignette = vignette;
        _book = book;
        _words = book.For(vignette.Lang);
    }

    /// <summary>Questions the patient could not tie to anything it knows, answered "not sure".</summary>
    public List<string> Unmapped { get; } = [];

    /// <summary>Whether the patient has anything to tell: a sign, or words for how often, how long or where.</summary>
    public bool HasSymptoms => _vignette.Hidden.Any(p => PatientPhrasebook.WordKeys.Contains(p.Key)
        ? !IsPlainNo(p.Value)
        : p.Value is Yes or Unsure);

    public string Answer(AskedQuestion question)
    {
        _turn++;
        var answers = _words.Answers;
        switch (question.Kind)
        {
            case QuestionTag.StretchStep:
                return Pick(CrampWontEase() ? answers.StillHurts : answers.Eased);
            case QuestionTag.Offer:
                return Pick(HasSymptoms ? answers.Accept : answers.Decline);
            case QuestionTag.Frequency:
            case QuestionTag.Duration:
            case QuestionTag.Location:
                return WordsFor(question) ?? NotSure(question);
            case QuestionTag.YesNo:
                return YesNo(question);
            default:
                // A checklist, or a choice among things (medicines): name what applies, or "none of these".
                return question.Facts.Count == 0 ? NotSure(question) : Checklist(question);
        }
    }

    private string YesNo(AskedQuestion question)
    {
        if (WordsFor(question) is { } words)
        {
            return words;
        }

        var keys = KeysFor(question);
        if (keys.Count == 0)
        {
            return NotSure(question);
        }

        if (keys.FirstOrDefault(k => _vignette.Hidden[k] == Yes) is { } yes)
        {
            return _words.Signs[yes].Yes;
        }

        return Pick(keys.Any(k => _vignette.Hidden[k] == Unsure) ? _words.Answers.NotSure : _words.Answers.No);
    }

    private string Checklist(AskedQuestion question)
    {
        var keys = KeysFor(question);
        if (keys.Count == 0)
        {
            return NotSure(question);
        }

        if (keys.Count < question.Facts.Count(f => !IsWordFact(f)))
        {
            // Part of the list has no hidden answer: the patient answers what it knows; the rest is counted.
            Unmapped.Add($"{question.Kind}: {string.Join(",", question.Facts.Where(f => !KeysOf(f).Any()))}");
        }

        var said = keys.Where(k => _vignette.Hidden[k] == Yes).Select(k => _words.Signs[k].Yes)
            .Concat(keys.Where(k => _vignette.Hidden[k] == Unsure).Select(k => _words.Answers.UnsureAbout.Replace("{sign}", _words.Signs[k].Sign, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return said.Count == 0 ? Pick(_words.Answers.NoneOfThese) : string.Join(_words.Answers.And, said);
    }

    /// <summary>The patient's own words for how often, how long or where, when the question is about that.</summary>
    private string? WordsFor(AskedQuestion question)
    {
        var key = question.Facts.SelectMany(KeysOf).FirstOrDefault(PatientPhrasebook.WordKeys.Contains);
        return key is not null && _vignette.Hidden.TryGetValue(key, out var words) && !IsPlainNo(words) ? words : null;
    }

    /// <summary>The hidden yes/no/unsure keys that answer the question's facts, in the vignette's order.</summary>
    private List<string> KeysFor(AskedQuestion question) =>
        [.. question.Facts.SelectMany(KeysOf).Where(k => !PatientPhrasebook.WordKeys.Contains(k) && _vignette.Hidden.ContainsKey(k)).Distinct(StringComparer.Ordinal)];

    private IEnumerable<string> KeysOf(string fact) =>
        _book.FactsByKey.Where(p => p.Value.Contains(fact, StringComparer.Ordinal)).Select(p => p.Key);

    private bool IsWordFact(string fact) => KeysOf(fact).Any(PatientPhrasebook.WordKeys.Contains);

    private string NotSure(AskedQuestion question)
    {
        Unmapped.Add($"{question.Kind}: {string.Join(",", question.Facts)}");
        return Pick(_words.Answers.NotSure);
    }

    /// <summary>
    /// An ordinary cramp eases after a step of the walkthrough; one the patient says has already lasted ten
    /// minutes or more does not (read from its own duration words with the shared quantity recognizer).
    /// </summary>
    private bool CrampWontEase()
    {
        if (!_vignette.Hidden.TryGetValue("duration", out var duration) || IsPlainNo(duration))
        {
            return false;
        }

        var culture = _vignette.Lang.StartsWith("zh", StringComparison.Ordinal) ? "zh-CN" : "en-US";
        return QuantityRecognizer.Recognize(duration, culture)
            .Select(r => r.Duration).OfType<DurationValue>()
            .Any(d => d.MinSeconds / 60 >= StubbornCrampMinutes);
    }

    private static bool IsPlainNo(string value) => value is "no" or "" or "none";

    /// <summary>Phrasings are taken in turn, so a run is repeatable.</summary>
    private string Pick(List<string> options) => options[_turn % options.Count];
}
