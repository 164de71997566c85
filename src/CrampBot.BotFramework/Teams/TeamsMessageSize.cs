using System.Text.Json;
using CrampBot.BotFramework.Schema;

namespace CrampBot.BotFramework.Teams;

/// <summary>
/// Teams' message size rule: the message, counted in UTF-16 (two bytes a character), must stay under the cap or the
/// send fails with 413 MessageSizeTooBig. Text that is too long is split into several messages at paragraph, then
/// line, then character boundaries (never inside a surrogate pair).
/// </summary>
public static class TeamsMessageSize
{
    private static readonly string[] Separators = ["\n\n", "\n", " "];

    /// <summary>The activity's size as Teams counts it: its JSON (unescaped) in UTF-16 bytes.</summary>
    public static int Measure(Activity activity) =>
        JsonSerializer.Serialize(activity, BotJsonContext.Wire.Activity).Length * sizeof(char);

    /// <summary>
    /// Pieces of <paramref name="text"/> that each fit into <paramref name="template"/> (an activity without text)
    /// under <paramref name="maxBytes"/>. Throws when even an empty message does not fit.
    /// </summary>
    public static List<string> SplitText(Activity template, string text, int maxBytes)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(text);
        var probe = template.Clone();
        probe.Text = string.Empty;
        if (Measure(probe) > maxBytes)
        {
            throw new InvalidOperationException("A Teams message without its text is already over the size cap.");
        }

        bool Fits(string candidate)
        {
            probe.Text = candidate;
            return Measure(probe) <= maxBytes;
        }

        var pieces = new List<string>();
        Split(text, 0, Fits, pieces);
        return pieces;
    }

    private static void Split(string text, int level, Func<string, bool> fits, List<string> pieces)
    {
        if (fits(text))
        {
            pieces.Add(text);
            return;
        }

        if (level == Separators.Length)
        {
            HardSplit(text, fits, pieces);
            return;
        }

        var separator = Separators[level];
        var current = string.Empty;
        foreach (var part in text.Split(separator))
        {
            var candidate = current.Length == 0 ? part : current + separator + part;
            if (fits(candidate))
            {
                current = candidate;
                continue;
            }

            if (current.Length > 0)
            {
                pieces.Add(current);
            }

            if (fits(part))
            {
                current = part;
            }
            else
            {
                Split(part, level + 1, fits, pieces);
                current = string.Empty;
            }
        }

        if (current.Length > 0)
        {
            pieces.Add(current);
        }
    }

    private static void HardSplit(string text, Func<string, bool> fits, List<string> pieces)
    {
        var rest = text;
        while (rest.Length > 0)
        {
            // The longest prefix that fits, by bisection.
            int low = 1, high = rest.Length;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (fits(rest[..mid]))
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            var take = low;
            if (take < rest.Length && char.IsHighSurrogate(rest[take - 1]))
            {
                take--;
            }

            if (take == 0)
            {
                take = Math.Min(2, rest.Length);
            }

            pieces.Add(rest[..take]);
            rest = rest[take..];
        }
    }
}
