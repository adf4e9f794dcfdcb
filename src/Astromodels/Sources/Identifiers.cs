namespace Astromodels.Internal;

/// <summary>Checks names that become parts of parameter paths, as astromodels requires of its tree nodes.</summary>
internal static class Identifiers
{
    /// <summary>Whether <paramref name="name"/> is a valid node name: an ASCII identifier other than "name".</summary>
    public static bool IsValid(string? name) =>
        !string.IsNullOrEmpty(name)
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
        && name != "name";

    /// <summary>Throws an <see cref="ArgumentException"/> naming <paramref name="what"/> when the name is not valid.</summary>
    public static void Check(string? name, string what, string paramName)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a valid {what} name: use letters, digits and '_', not starting with a digit (and not 'name'), because it becomes part of parameter paths.",
                paramName);
        }
    }
}
