using BenchmarkDotNet.Attributes;
using ThreeML.Fits;

namespace ThreeML.Benchmarks.Fits;

/// <summary>
/// Column reads from an in-memory FITS file: a 100,000-row table with scalar E and D columns, and a
/// response-like table of 140 rows with a 1PE(128) matrix. ReadDoublesInto must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class ReadColumnBenchmarks
{
    private const int Rows = 100_000;
    private BinaryTableHdu _table = null!;
    private BinaryTableHdu _matrix = null!;
    private byte[] _file = [];
    private double[] _destination = [];

    /// <summary>Builds and parses the file once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1);
        double[] d = Enumerable.Range(0, Rows).Select(_ => random.NextDouble()).ToArray();
        float[] e = d.Select(x => (float)x).ToArray();
        double[][] matrix = Enumerable.Range(0, 140)
            .Select(r => Enumerable.Range(0, 1 + (r % 128)).Select(_ => random.NextDouble()).ToArray())
            .ToArray();
        var file = new FitsFile();
        file.Add(new BinaryTableBuilder("SPECTRUM").AddColumn("E", e).AddColumn("D", d).Build());
        file.Add(new BinaryTableBuilder("MATRIX").AddVariableLengthColumn("MATRIX", matrix.Select(r => r.Select(x => (float)x).ToArray()).ToArray()).Build());
        using var stream = new MemoryStream();
        file.WriteTo(stream);
        _file = stream.ToArray();
        FitsFile parsed = FitsFile.Parse(_file, "bench.fits");
        _table = (BinaryTableHdu)parsed[1];
        _matrix = (BinaryTableHdu)parsed[2];
        _destination = new double[Rows];
    }

    /// <summary>Parses the whole file (headers and layout, no column decoding).</summary>
    [Benchmark]
    public int ParseFile() => FitsFile.Parse(_file, "bench.fits").Hdus.Count;

    /// <summary>Reads a scalar single-precision column into a new array.</summary>
    [Benchmark(Baseline = true)]
    public double[] ReadSingleColumnAsDoubles() => _table.ReadDoubles("E");

    /// <summary>Reads a scalar double column into a reused buffer (no allocation).</summary>
    [Benchmark]
    public double ReadDoubleColumnInto()
    {
        _table.ReadDoublesInto("D", _destination);
        return _destination[^1];
    }

    /// <summary>Reads a variable-length matrix column flat (one array plus offsets).</summary>
    [Benchmark]
    public int ReadMatrixFlat() => _matrix.ReadDoubleArraysFlat("MATRIX").Values.Length;

    /// <summary>Reads a variable-length matrix column as a jagged array.</summary>
    [Benchmark]
    public int ReadMatrixJagged() => _matrix.ReadDoubleArrays("MATRIX").Length;
}
