namespace ThreeML.Fits.Tests.Support;

/// <summary>Small FITS files made with the library, for round trips and fuzzing.</summary>
internal static class Sample
{
    public static FitsFile TableFile()
    {
        var table = new BinaryTableBuilder("SPECTRUM")
            .AddColumn("CHANNEL", [1, 2, 3])
            .AddColumn("COUNTS", [10.5, 0.0, -3.25], "count")
            .AddColumn("QUALITY", new short[] { 0, 1, 5 })
            .AddColumn("NAME", ["a", "bb", "ccc"])
            .AddColumn("GOOD", [true, false, true])
            .AddArrayColumn("VEC", [[1f, 2f], [3f, 4f], [5f, 6f]])
            .AddVariableLengthColumn("MATRIX", [[1.0, 2.0, 3.0], [], [4.0]])
            .SetKeyword("EXPOSURE", 12.5, "s")
            .SetKeyword("DETCHANS", 3L)
            .Build();
        var file = new FitsFile();
        file.Add(table);
        file.Add(ImageHdu.Create(new short[] { 1, -2, 3, 4, 5, 6 }, 3, 2));
        return file;
    }

    public static byte[] Bytes(FitsFile file, FitsWriteOptions? options = null)
    {
        using var stream = new MemoryStream();
        file.WriteTo(stream, options);
        return stream.ToArray();
    }
}
