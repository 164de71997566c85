using System.Globalization;
using System.Text;

namespace CrampBot.BotFramework.Hosting;

/// <summary>
/// A value taken from an activity (an id, a channel name, a type, a URL) as it may appear in a log line: control
/// characters, line separators and bidi overrides escaped as <c>\n</c> or <c>\uXXXX</c>, so no value can forge or
/// hide a line, and cut to <see cref="MaxLength"/> characters, so no value can flood the log. Every log method of
/// the protocol layer takes these instead of strings; the conversion is implicit.
/// </summary>
public readonly record struct LogText(string? Value)
{
    public const int MaxLength = 160;

    public static implicit operator LogText(string? value) => new(value);

    public static LogText FromString(string? value) => new(value);

    public override string ToString() => Escape(Value);

    /// <summary>The logged form of <paramref name="value"/>; "(null)" for null, as the logging formatter writes it.</summary>
    public static string Escape(string? value)
    {
        if (value is null)
        {
            return "(null)";
        }

        var cut = value.Length > MaxLength;
        var shown = cut ? value.AsSpan(0, MaxLength) : value.AsSpan();
        if (!cut && !NeedsEscape(shown))
        {
            return value;
        }

        var builder = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            switch (c)
            {
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (IsUnsafe(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        if (cut)
        {
            builder.Append("…(").Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (IsUnsafe(c))
            {
                return true;
            }
        }

        return false;
    }

    // Controls, line and paragraph separators, bidi overrides and isolates, lone surrogates and noncharacters.
    private static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\uFFFE' or '\uFFFF';
}
