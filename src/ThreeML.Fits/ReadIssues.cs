namespace ThreeML.Fits;

/// <summary>
/// Departures from the standard that do not stop the data being located: errors when reading
/// strictly, otherwise repaired and reported as warnings.
/// </summary>
internal sealed class ReadIssues(bool strict)
{
    private readonly List<string> _warnings = [];

    public IReadOnlyList<string> Warnings => _warnings;

    /// <summary>Throws the error when strict; otherwise records it with the repair that was made.</summary>
    public void Problem(FitsFormatException error, string repair)
    {
        if (strict)
        {
            throw error;
        }

        _warnings.Add($"{error.Message} {repair}");
    }

    /// <summary>Records a problem the caller chose to see as a warning, whatever the strictness.</summary>
    public void Warn(FitsFormatException error, string consequence) => _warnings.Add($"{error.Message} {consequence}");
}
