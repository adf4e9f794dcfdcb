namespace ThreeML.Fits;

/// <summary>Where in a file a reader is, so every error can name it.</summary>
internal readonly record struct FitsContext(string FilePath, int? HduIndex, string? HduName)
{
    public const string InMemory = "(in memory)";

    public FitsFormatException Error(string detail, string? keyword = null, string? column = null,
        long? row = null, Exception? inner = null) =>
        new(detail, FilePath, HduIndex, HduName, keyword, column, row, inner);
}
