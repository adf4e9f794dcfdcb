using System.Globalization;

namespace ThreeML.TimeSeries;

/// <summary>A time interval [Start, Stop], s relative to the trigger time (3ML's <c>TimeInterval</c>).</summary>
/// <remarks>Parse 3ML's string syntax with <see cref="Parse"/>: "a-b" where both ends may be negative, e.g.
/// "-24--5", "-5-10", "100-200", "1e1-2e1".</remarks>
public readonly record struct TimeInterval
{
    /// <summary>Creates an interval.</summary>
    /// <param name="start">Start, s.</param>
    /// <param name="stop">Stop, s; must exceed <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException">An end is not finite or stop ≤ start.</exception>
    public TimeInterval(double start, double stop)
    {
        if (!double.IsFinite(start) || !double.IsFinite(stop) || !(stop > start))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"A time interval needs finite ends with stop > start; got {start:R}..{stop:R} s."));
        }

        Start = start;
        Stop = stop;
    }

    /// <summary>Start, s.</summary>
    public double Start { get; }

    /// <summary>Stop, s.</summary>
    public double Stop { get; }

    /// <summary>Stop − Start, s.</summary>
    public double Duration => Stop - Start;

    /// <summary>Parses 3ML's "start-stop" syntax, e.g. "-24--5" or "100-200".</summary>
    /// <exception cref="FormatException">The text is not two numbers joined by '-', or stop ≤ start.</exception>
    public static TimeInterval Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Trim();

        // The separator is the first '-' that follows a digit, a '.' or a space (so the sign of the start and an
        // exponent's sign such as "1e-3" are not mistaken for it).
        for (var i = 1; i < s.Length; i++)
        {
            if (s[i] != '-' || !(char.IsDigit(s[i - 1]) || s[i - 1] == '.' || s[i - 1] == ' '))
            {
                continue;
            }

            if (double.TryParse(s.AsSpan(0, i), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && double.TryParse(s.AsSpan(i + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var b))
            {
                return a < b && double.IsFinite(a) && double.IsFinite(b)
                    ? new TimeInterval(a, b)
                    : throw new FormatException($"Time interval '{text}': the stop must exceed the start (3ML syntax 'start-stop', e.g. '-24--5').");
            }
        }

        throw new FormatException($"Time interval '{text}' is not 'start-stop' (3ML syntax, e.g. '0-10', '-24--5', '100-200').");
    }

    /// <summary>Parses several 3ML interval strings.</summary>
    /// <exception cref="FormatException">See <see cref="Parse"/>.</exception>
    /// <exception cref="ArgumentException">No interval is given.</exception>
    public static TimeInterval[] ParseAll(IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var result = texts.Select(Parse).ToArray();
        return result.Length > 0 ? result : throw new ArgumentException("Give at least one time interval.", nameof(texts));
    }

    /// <summary>The interval in 3ML's syntax, e.g. "-24--5".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Start:R}-{Stop:R}");
}
