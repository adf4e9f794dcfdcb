using System.Globalization;

namespace ThreeML.Ogip;

/// <summary>XSPEC/3ML file-name conventions: a trailing "{n}" selects the n-th spectrum of a PHA Type II file or the
/// n-th matrix of a multi-matrix response, and "none" means no file.</summary>
internal static class OgipPath
{
    /// <summary>Splits "file.pha{5}" into ("file.pha", 5); a name without braces gives (name, null).</summary>
    /// <returns>False when braces are present but do not hold a positive integer.</returns>
    public static bool TrySplit(string path, out string file, out int? number)
    {
        file = path;
        number = null;
        // Only a trailing "{...}" is a selector, so braces elsewhere in a folder or file name are left alone.
        if (!path.EndsWith('}'))
        {
            return true;
        }

        var open = path.LastIndexOf('{');
        var close = path.Length - 1;
        if (open < 0
            || !int.TryParse(path.AsSpan(open + 1, close - open - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || n < 1)
        {
            return false;
        }

        file = path[..open];
        number = n;
        return true;
    }

    /// <summary>Splits a path given by the caller; a malformed "{n}" is an argument error.</summary>
    public static (string File, int? Number) SplitArgument(string path, string parameterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path, parameterName);
        return TrySplit(path, out string file, out int? number)
            ? (file, number)
            : throw new ArgumentException($"'{path}' ends in a malformed selector; expected 'file{{n}}' with n a positive integer (1-based).", parameterName);
    }

    /// <summary>True for the OGIP spellings of "no file": empty, "none", "NONE" (any case).</summary>
    public static bool IsNone(string? value) =>
        value is null || value.Trim().Length == 0 || value.Trim().Equals("none", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a file named in a header relative to the folder of the file that names it, keeping any "{n}".</summary>
    public static string? Resolve(string? value, string referencingFile)
    {
        if (IsNone(value))
        {
            return null;
        }

        var name = value!.Trim();
        if (Path.IsPathRooted(name))
        {
            return name;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(referencingFile)) ?? "";
        return Path.Combine(folder, name);
    }

    public static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);
}
