using System.Globalization;
using CrampBot.Core.Content;
using CrampBot.Core.Triage;

namespace CrampBot.Core.Tests.Triage;

/// <summary>Readable test data: the real dialogs/ content, and reports written as short fact lists.</summary>
internal static class Some
{
    private static readonly Lazy<DialogsContent> LazyContent = new(() => DialogsContent.Load(RepoPaths.Dialogs));

    public static DialogsContent Content => LazyContent.Value;

    public static TriageRules Rules => Content.Rules;

    /// <summary>
    /// A report from terms: "fact" is yes, "!fact" no, "?fact" don't know, "fact=3" or "fact=2-3" a number,
    /// "fact=10+" at least 10.
    /// </summary>
    public static SymptomReport Report(params string[] terms)
    {
        var report = SymptomReport.Empty;
        foreach (var term in terms)
        {
            if (term.Contains('=', StringComparison.Ordinal))
            {
                var (name, value) = (term[..term.IndexOf('=')], term[(term.IndexOf('=') + 1)..]);
                report = report.WithNumber(name, ParseRange(value));
            }
            else if (term.StartsWith('!'))
            {
                report = report.With(term[1..], FactValue.No);
            }
            else if (term.StartsWith('?'))
            {
                report = report.With(term[1..], FactValue.DontKnow);
            }
            else
            {
                report = report.With(term, FactValue.Yes);
            }
        }

        return report;
    }

    private static NumberRange ParseRange(string value)
    {
        if (value.EndsWith('+'))
        {
            return NumberRange.AtLeast(Num(value[..^1]));
        }

        var dash = value.IndexOf('-', 1);
        return dash > 0 ? new NumberRange(Num(value[..dash]), Num(value[(dash + 1)..])) : NumberRange.Exactly(Num(value));
    }

    private static double Num(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
