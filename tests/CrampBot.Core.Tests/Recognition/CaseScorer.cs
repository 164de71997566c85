using System.Globalization;
using System.Text;
using CrampBot.Core.Recognition;

namespace CrampBot.Core.Tests.Recognition;

/// <summary>Precision, recall and F1 counts for one group (language × kind).</summary>
internal sealed class GroupScore
{
    public int TruePositives { get; set; }
    public int StrictTruePositives { get; set; }
    public int Expected { get; set; }
    public int Predicted { get; set; }

    public double F1 => F(TruePositives);

    public double StrictF1 => F(StrictTruePositives);

    private double F(int tp) => Expected + Predicted == 0 ? 1 : 2.0 * tp / (Expected + Predicted);
}

/// <summary>
/// Scores the recognizer as the case README suggests: one-to-one matching per case on kind, span overlap and
/// value (durations in seconds, frequencies as rates; a range never equals a single value). The strict metric
/// also compares the modifier.
/// </summary>
internal sealed class CaseScorer
{
    private readonly Dictionary<string, GroupScore> _groups = new(StringComparer.Ordinal);
    private readonly List<string> _failures = [];

    public int NothingCasesFalsePositives { get; private set; }

    public int NothingCases { get; private set; }

    public IReadOnlyList<string> Failures => _failures;

    public GroupScore Group(string lang, RecognizedKind kind)
    {
        var key = lang + "/" + (kind == RecognizedKind.Duration ? "duration" : "frequency");
        if (!_groups.TryGetValue(key, out var score))
        {
            score = new GroupScore();
            _groups[key] = score;
        }

        return score;
    }

    public void Score(RecognizerCase c)
    {
        var culture = c.Lang == "zh" ? "zh-CN" : "en-US";
        var predicted = QuantityRecognizer.Recognize(c.Input, culture);
        var used = new bool[predicted.Count];
        var strictOk = true;
        var ok = true;
        foreach (var e in c.Expected)
        {
            var group = Group(c.Lang, e.Kind);
            group.Expected++;
            var at = c.Input.IndexOf(e.Text, StringComparison.OrdinalIgnoreCase);
            var match = -1;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && predicted[p].Kind == e.Kind && Overlaps(predicted[p], at, e.Text.Length) && SameValue(predicted[p], e))
                {
                    match = p;
                    break;
                }
            }

            if (match < 0)
            {
                ok = false;
                strictOk = false;
                continue;
            }

            used[match] = true;
            group.TruePositives++;
            if (predicted[match].Modifier == e.Modifier)
            {
                group.StrictTruePositives++;
            }
            else
            {
                strictOk = false;
            }
        }

        for (var p = 0; p < predicted.Count; p++)
        {
            Group(c.Lang, predicted[p].Kind).Predicted++;
            if (!used[p])
            {
                ok = false;
                strictOk = false;
            }
        }

        if (c.Expected.Count == 0)
        {
            NothingCases++;
            NothingCasesFalsePositives += predicted.Count;
        }

        if (!ok || !strictOk)
        {
            _failures.Add($"{(ok ? "mod " : "FAIL")} {c.Id} | {c.Input} | expected {Describe(c.Expected)} | got {Describe(predicted)}");
        }
    }

    public string Table()
    {
        var sb = new StringBuilder();
        sb.AppendLine("group          expected predicted  value-F1  strict-F1");
        foreach (var (key, g) in _groups.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"{key,-14} {g.Expected,8} {g.Predicted,9} {g.F1,9:0.000} {g.StrictF1,10:0.000}");
        }

        sb.AppendLine(CultureInfo.InvariantCulture, $"false positives on {NothingCases} expect-nothing cases: {NothingCasesFalsePositives}");
        return sb.ToString();
    }

    private static bool Overlaps(Recognized r, int start, int length) =>
        start >= 0 && r.Start < start + length && start < r.Start + r.Length;

    private static bool SameValue(Recognized r, ExpectedItem e)
    {
        double min, max;
        bool isRange;
        if (r.Value is DurationValue d)
        {
            (min, max, isRange) = (d.MinSeconds, d.MaxSeconds, d.IsRange);
        }
        else if (r.Value is FrequencyValue f)
        {
            (min, max, isRange) = (f.MinCount / f.PerSeconds, f.MaxCount / f.PerSeconds, f.IsRange);
        }
        else
        {
            return false;
        }

        return isRange == e.IsRange && Close(min, e.Min) && Close(max, e.Max);
    }

    private static bool Close(double a, double b) => Math.Abs(a - b) <= 1e-9 * Math.Max(Math.Abs(a), Math.Abs(b));

    private static string Describe(IReadOnlyList<ExpectedItem> items) =>
        items.Count == 0 ? "nothing" : string.Join("; ", items.Select(e => $"{e.Kind}:'{e.Text}'={e.ValueJson}{Mod(e.Modifier)}"));

    private static string Describe(IReadOnlyList<Recognized> items) =>
        items.Count == 0 ? "nothing" : string.Join("; ", items.Select(r => $"{r.Kind}:'{r.Text}'={ValueText(r.Value)}{Mod(r.Modifier)}"));

    private static string ValueText(RecognizedValue value) => value switch
    {
        DurationValue d => d.IsRange ? $"{d.MinIso}..{d.MaxIso}" : d.MinIso,
        FrequencyValue f => f.IsRange ? $"{f.MinCount}..{f.MaxCount}/{f.PerIso}" : $"{f.MinCount}/{f.PerIso}",
        _ => "?",
    };

    private static string Mod(QuantityModifier m) => m == QuantityModifier.None ? "" : " " + m.ToString().ToLowerInvariant();
}
