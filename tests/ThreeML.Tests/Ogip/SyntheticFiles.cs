using ThreeML.Fits;

namespace ThreeML.Tests.Ogip;

/// <summary>Helpers shared by the synthetic OGIP file builders.</summary>
internal static class SyntheticFiles
{
    public static void AddKeywords(BinaryTableBuilder table, Dictionary<string, object> keywords)
    {
        foreach (var (key, value) in keywords)
        {
            switch (value)
            {
                case string s: table.SetKeyword(key, s); break;
                case bool b: table.SetKeyword(key, b); break;
                case long l: table.SetKeyword(key, l); break;
                case int i: table.SetKeyword(key, (long)i); break;
                case double d: table.SetKeyword(key, d); break;
                default: throw new ArgumentException($"Unsupported keyword value {value} for {key}.");
            }
        }
    }

    public static byte[] Bytes(FitsFile file)
    {
        using var stream = new MemoryStream();
        file.WriteTo(stream);
        return stream.ToArray();
    }
}
