namespace Astromodels;

/// <summary>A unit string could not be parsed; the message names the string, the offending token and its position.</summary>
public sealed class UnitParseException : ArgumentException
{
    /// <summary>Creates the exception for <paramref name="text"/> failing at <paramref name="token"/>.</summary>
    /// <param name="text">The whole string being parsed.</param>
    /// <param name="token">The offending token, or "" at the end of the string.</param>
    /// <param name="position">The zero-based character index of <paramref name="token"/> in <paramref name="text"/>.</param>
    /// <param name="problem">What was wrong and what was expected, e.g. "unknown unit 'kev'; did you mean 'keV'?".</param>
    public UnitParseException(string text, string token, int position, string problem)
        : base($"Cannot parse unit '{text}': {problem} (at position {position}).")
    {
        Text = text;
        Token = token;
        Position = position;
    }

    /// <summary>The whole string that failed to parse.</summary>
    public string Text { get; }

    /// <summary>The offending token, or "" when the string ended too early.</summary>
    public string Token { get; }

    /// <summary>The zero-based character index of <see cref="Token"/> in <see cref="Text"/>.</summary>
    public int Position { get; }
}
