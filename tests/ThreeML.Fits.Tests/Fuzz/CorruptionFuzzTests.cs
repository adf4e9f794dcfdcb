using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Fuzz;

/// <summary>
/// Seeded random corruption of valid files: whatever the damage, reading and decoding every column
/// either succeeds or throws <see cref="FitsFormatException"/>, quickly and without absurd allocations.
/// </summary>
public sealed class CorruptionFuzzTests
{
    private const int CasesPerSeedFile = 500;
    private static readonly TimeSpan MaxPerCase = TimeSpan.FromSeconds(2);

    [Fact]
    public void Random_byte_flips_in_our_own_and_astropy_files_only_raise_FitsFormatException()
    {
        var inputs = new List<(string Name, byte[] Bytes)>
        {
            ("table.fits", Sample.Bytes(Sample.TableFile())),
            ("checksummed.fits", Sample.Bytes(Sample.TableFile(), new FitsWriteOptions { WriteChecksums = true })),
            ("long-strings.fits", LongStringFile()),
            ("ascii.fits", AsciiFile()),
            ("astropy_all.fits", File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Conformance", "Files", "astropy_all.fits"))),
        };
        int cases = Run(inputs, seed: 20261124, CasesPerSeedFile);
        Assert.True(cases >= 2500, $"ran {cases} cases");
    }

    [Fact]
    public void Random_byte_flips_in_gzip_files_only_raise_FitsFormatException()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Sample.Bytes(Sample.TableFile()));
        }

        int cases = Run([("table.fits.gz", compressed.ToArray())], seed: 7, 200);
        Assert.Equal(200, cases);
    }

    [RequiresSharedDataFact]
    public void Random_byte_flips_in_shared_instrument_files_only_raise_FitsFormatException()
    {
        var inputs = SharedData.AllFitsFiles()
            .Where(f => new FileInfo(f).Length <= 300_000)
            .Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        int cases = Run(inputs, seed: 42, Math.Max(1, 2000 / Math.Max(1, inputs.Count)));
        Assert.True(cases >= 1900, $"ran {cases} cases");
    }

    private static int Run(IReadOnlyList<(string Name, byte[] Bytes)> inputs, int seed, int casesPerInput)
    {
        var random = new Random(seed);
        int cases = 0;
        foreach ((string name, byte[] original) in inputs)
        {
            int headerBytes = HeaderRegion(original);
            for (int c = 0; c < casesPerInput; c++)
            {
                byte[] bytes = Corrupt(original, headerBytes, random);
                var clock = Stopwatch.StartNew();
                foreach (bool strict in new[] { true, false })
                {
                    try
                    {
                        Exercise(FitsFile.Parse(bytes, name, new FitsReadOptions { Strict = strict, VerifyChecksums = c % 2 == 0 }));
                    }
                    catch (FitsFormatException e)
                    {
                        Assert.Contains($"FITS '{name}'", e.Message);
                    }
                    catch (Exception e)
                    {
                        Assert.Fail($"{name} case {c} (seed {seed}, strict {strict}): {e.GetType().Name} escaped: {e}");
                    }
                }

                Assert.True(clock.Elapsed < MaxPerCase, $"{name} case {c} took {clock.Elapsed}");
                cases++;
            }
        }

        return cases;
    }

    /// <summary>
    /// Damages 1-6 bytes: mostly digits of header values (sizes, offsets, repeat counts stay
    /// syntactically valid but become wrong), also the first table rows (heap descriptors) and
    /// random bytes anywhere; sometimes truncates.
    /// </summary>
    private static byte[] Corrupt(byte[] original, int headerBytes, Random random)
    {
        byte[] bytes = (byte[])original.Clone();
        int flips = random.Next(1, 7);
        for (int i = 0; i < flips; i++)
        {
            int dataStart = (headerBytes + 2879) / 2880 * 2880;
            int at = random.Next(4) switch
            {
                0 => random.Next(bytes.Length),
                1 => Math.Min(bytes.Length - 1, dataStart + random.Next(2880)),
                _ => random.Next(Math.Min(headerBytes, bytes.Length)),
            };
            switch (random.Next(5))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes[at] = (byte)"0123456789-+.E' /=TFPQ()"[random.Next(24)];
                    break;
                case 2:
                    bytes[at] ^= (byte)(1 << random.Next(8));
                    break;
                default:
                    int digit = Array.FindIndex(bytes, at, b => b is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes[digit] = (byte)('0' + random.Next(10));
                    }

                    break;
            }
        }

        return random.Next(10) == 0 ? bytes[..random.Next(bytes.Length)] : bytes;
    }

    private static void Exercise(FitsFile file)
    {
        foreach (FitsHdu hdu in file.Hdus)
        {
            foreach (FitsCard card in hdu.Header.Cards)
            {
                _ = card.TryGetDouble(out _) | card.TryGetInt64(out _) | card.TryGetBool(out _) | card.TryGetString(out _);
                _ = card.ToString();
            }

            switch (hdu)
            {
                case ImageHdu image:
                    _ = image.ReadAsDouble();
                    break;
                case AsciiTableHdu ascii:
                    foreach (AsciiColumn c in ascii.Columns)
                    {
                        _ = c.Format == 'A' ? (object)ascii.ReadStrings(c.Name) : ascii.ReadDoubles(c.Name);
                    }

                    break;
                case BinaryTableHdu table:
                    ExerciseTable(table);
                    break;
            }
        }

        // Whatever was read must also be writable.
        using var sink = new MemoryStream();
        file.WriteTo(sink);
    }

    private static void ExerciseTable(BinaryTableHdu table)
    {
        foreach (FitsColumn c in table.Columns)
        {
            switch (c.Type)
            {
                case FitsColumnType.Ascii:
                    _ = table.ReadStrings(c.Name);
                    break;
                case FitsColumnType.Logical or FitsColumnType.Bit:
                    _ = table.ReadBoolArrays(c.Name);
                    break;
                case FitsColumnType.ComplexSingle or FitsColumnType.ComplexDouble:
                    if (!c.IsVariableLength)
                    {
                        _ = table.ReadComplex(c.Name);
                    }

                    break;
                default:
                    _ = table.ReadDoubleArrays(c.Name);
                    _ = table.ReadDoubleArraysFlat(c.Name);
                    break;
            }
        }
    }

    private static int HeaderRegion(byte[] bytes)
    {
        // Corrupting the first header blocks exercises the most code: cover up to the second HDU's header.
        int xtension = bytes.Length > 2880 ? Encoding.ASCII.GetString(bytes, 2880, Math.Min(bytes.Length - 2880, 4 * 2880)).IndexOf("END     ", StringComparison.Ordinal) : -1;
        return xtension < 0 ? Math.Min(bytes.Length, 2880) : 2880 + xtension + 80;
    }

    private static byte[] LongStringFile()
    {
        var image = ImageHdu.Create(new float[] { 1, 2, 3, 4 }, 2, 2);
        image.Header.Set("LONG", new string('x', 200) + "'quoted'", "comment");
        image.Header.Set("BSCALE", 2.0);
        var file = new FitsFile();
        file.Add(image);
        file.Add(new BinaryTableBuilder("B").AddColumn("F", new[] { true, false }).AddColumn("U", new uint[] { 1, 2 }).Build());
        return Sample.Bytes(file);
    }

    private static byte[] AsciiFile()
    {
        byte[] header = FitsBytes.Header(
            "XTENSION= 'TABLE   '", "BITPIX  =                    8", "NAXIS   =                    2",
            "NAXIS1  =                   20", "NAXIS2  =                    2", "PCOUNT  =                    0",
            "GCOUNT  =                    1", "TFIELDS =                    3",
            "TTYPE1  = 'N'", "TFORM1  = 'A4'", "TBCOL1  =                    1",
            "TTYPE2  = 'I'", "TFORM2  = 'I4'", "TBCOL2  =                    6",
            "TTYPE3  = 'F'", "TFORM3  = 'F8.2'", "TBCOL3  =                   11", "TNULL3  = '*'");
        return FitsBytes.Concat(FitsBytes.EmptyPrimary(), header,
            FitsBytes.Data(Encoding.ASCII.GetBytes("abc    12     1.5   " + "de     -3      *    ")));
    }
}
