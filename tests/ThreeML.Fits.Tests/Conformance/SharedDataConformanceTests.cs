using System.Buffers.Binary;
using System.Text;
using ThreeML.Fits.Internal;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Conformance;

/// <summary>
/// Real instrument files (Fermi GBM, Swift XRT, XMM). Reference sums come from an independent
/// decoder (reference_values.py, Python standard library only).
/// </summary>
public sealed class SharedDataConformanceTests
{
    [RequiresSharedDataFact]
    public void Every_shared_file_reads_strictly_with_all_columns_decodable()
    {
        string[] files = SharedData.AllFitsFiles().ToArray();
        Assert.True(files.Length >= 20, $"expected the shared files, found {files.Length}");
        foreach (string path in files)
        {
            FitsFile file = FitsFile.Read(path);
            Assert.IsType<ImageHdu>(file.Primary);
            foreach (BinaryTableHdu table in file.Hdus.OfType<BinaryTableHdu>())
            {
                foreach (FitsColumn c in table.Columns)
                {
                    object values = c.Type == FitsColumnType.Ascii ? table.ReadStrings(c.Name) : table.ReadDoubleArrays(c.Name);
                    Assert.NotNull(values);
                }
            }
        }
    }

    [RequiresSharedDataFact]
    public void Hdu_counts_and_extension_names_match_the_files()
    {
        (string File, string[] Names)[] expected =
        [
            ("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha", ["", "SPECTRUM"]),
            ("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp", ["", "EBOUNDS", "SPECRESP MATRIX"]),
            ("ogip/bn090217206/bn090217206_n6_srcspectra.pha", ["", "SPECTRUM", "EBOUNDS", "GTI"]),
            ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", ["", "EBOUNDS", "SPECRESP MATRIX", "SPECRESP MATRIX", "SPECRESP MATRIX"]),
            ("ogip/ogip_test_xmm_pn.rmf", ["", "MATRIX", "EBOUNDS"]),
            ("ogip/xrt/xrt_src.pha", ["", "SPECTRUM", "GTI", "REG00101"]),
        ];
        foreach ((string name, string[] names) in expected)
        {
            FitsFile file = FitsFile.Read(SharedData.Path(name));
            Assert.Equal(names, file.Hdus.Select(h => h.ExtName ?? ""));
        }
    }

    [RequiresSharedDataFact]
    public void Spectrum_keywords_and_row_counts()
    {
        FitsFile pha = FitsFile.Read(SharedData.Path("ogip/ogip_powerlaw.pha"));
        BinaryTableHdu spectrum = pha.GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal(128, spectrum.RowCount);
        Assert.Equal(128, spectrum.Header.GetInt32("DETCHANS"));
        Assert.Equal(200.0, spectrum.Header.GetDouble("EXPOSURE"));
        Assert.Equal(348L, spectrum.ReadInt64s("COUNTS").Sum());
        Assert.Equal(Enumerable.Range(1, 128).Select(i => (long)i), spectrum.ReadInt64s("CHANNEL").Select(c => c - spectrum.ReadInt64s("CHANNEL")[0] + 1));

        BinaryTableHdu cspec = FitsFile.Read(SharedData.Path("ogip/glg_cspec_n3_bn080916009_v01.pha")).GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal(1859, cspec.RowCount);
        Assert.Equal(1859 * 128, cspec.ReadDoubles("COUNTS").Length);

        BinaryTableHdu xrt = FitsFile.Read(SharedData.Path("ogip/xrt/xrt_src.pha")).GetExtension<BinaryTableHdu>("SPECTRUM");
        Assert.Equal(49.91755, xrt.Header.GetDouble("EXPOSURE"), 1e-9);
    }

    [RequiresSharedDataFact]
    public void Primary_image_and_arf_sums_match_the_independent_decoder()
    {
        var image = (ImageHdu)FitsFile.Read(SharedData.Path("ogip/xrt/xrt_src.pha")).Primary;
        Assert.Equal(-32, image.BitPix);
        Assert.Equal([16L, 9L], image.Axes);
        Assert.Equal(907.0, image.ReadAsDouble().Sum());

        BinaryTableHdu arf = FitsFile.Read(SharedData.Path("ogip/ogip_test_xmm_pn.arf")).GetExtension<BinaryTableHdu>("SPECRESP");
        Assert.Equal(412154.59707403183, arf.ReadDoubles("SPECRESP").Sum(), 1e-6);
    }

    [RequiresSharedDataFact]
    public void Response_matrix_sums_match_the_independent_decoder()
    {
        (string File, int Extension, double Sum, int Count)[] expected =
        [
            ("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.rsp", 2, 8863.4921125515066, 17920),
            ("ogip/bn090217206/bn090217206_b1_weightedrsp.rsp", 2, 30043.860045684676, 17920),
            ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", 2, 8863.4921125515066, 17793),
            ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", 3, 8858.223248227785, 17793),
            ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", 4, 8837.1917682003332, 17793),
            ("ogip/glg_cspec_n3_bn080916009_v07.rsp", 2, 8879.9531873893593, 17793),
            ("ogip/ogip_powerlaw.rsp", 2, 32085.600640027238, 9477),
            ("ogip/ogip_test_xmm_pn.rmf", 1, 2067.0000000467121, 871535),
        ];
        foreach ((string name, int ext, double sum, int count) in expected)
        {
            var matrix = (BinaryTableHdu)FitsFile.Read(SharedData.Path(name))[ext];
            VariableLengthArrays<double> flat = matrix.ReadDoubleArraysFlat("MATRIX");
            Assert.Equal(count, flat.Values.Length);
            Assert.Equal(sum, flat.Values.Sum(), 1e-9 * sum);
            Assert.Equal(flat.Values.Sum(), matrix.ReadDoubleArrays("MATRIX").Sum(r => r.Sum()), 1e-9 * sum);
        }
    }

    [RequiresSharedDataFact]
    public void Response_groups_describe_exactly_the_stored_matrix_elements()
    {
        // OGIP: per energy bin, N_GRP groups of N_CHAN channels each hold sum(N_CHAN) matrix elements.
        (string File, int Extension)[] responses =
        [
            ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", 2), ("ogip/glg_cspec_n3_bn080916009_v00.rsp2", 4),
            ("ogip/glg_cspec_n3_bn080916009_v07.rsp", 2), ("ogip/ogip_test_xmm_pn.rmf", 1),
        ];
        foreach ((string name, int ext) in responses)
        {
            var matrix = (BinaryTableHdu)FitsFile.Read(SharedData.Path(name))[ext];
            long[] groups = matrix.ReadInt64s("N_GRP");
            VariableLengthArrays<int> nChan = matrix.ReadInt32ArraysFlat("N_CHAN");
            VariableLengthArrays<double> values = matrix.ReadDoubleArraysFlat("MATRIX");
            for (int row = 0; row < matrix.RowCount; row++)
            {
                int stored = nChan[row][..(int)groups[row]].ToArray().Sum();
                Assert.True(stored == values.LengthOf(row), $"{name} row {row}: N_CHAN sums to {stored}, MATRIX has {values.LengthOf(row)}");
            }
        }
    }

    [RequiresSharedDataFact]
    public void Variable_length_matrix_equals_the_raw_heap_read_directly_from_the_file()
    {
        // The powerlaw response stores its matrix heap contiguously; decode it straight from the file bytes.
        string path = SharedData.Path("ogip/ogip_powerlaw.rsp");
        byte[] raw = File.ReadAllBytes(path);
        var matrix = (BinaryTableHdu)FitsFile.Read(path)[2];
        int dataStart = DataStartOfHdu(raw, 2);
        int heapStart = dataStart + (matrix.RowWidth * matrix.RowCount);
        double rawSum = 0;
        for (int i = 0; i < matrix.HeapSize; i += 4)
        {
            rawSum += BinaryPrimitives.ReadSingleBigEndian(raw.AsSpan(heapStart + i));
        }

        Assert.Equal(rawSum, matrix.ReadDoubleArraysFlat("MATRIX").Values.Sum(), 1e-9 * rawSum);
        long elements = matrix.ReadInt64s("N_CHAN").Sum();
        Assert.Equal(matrix.HeapSize / 4, elements);
    }

    [RequiresSharedDataFact]
    public void Checksum_verification_agrees_with_fitsverify()
    {
        // fitsverify 4.20 (cfitsio 4.2.0) finds every CHECKSUM/DATASUM valid in the first list
        // and at least one invalid in the second (the files were edited after being checksummed).
        string[] valid =
        [
            "ogip/bn090217206/bn090217206_b1_weightedrsp.rsp", "ogip/glg_cspec_n3_bn080916009_v00.rsp2",
            "ogip/glg_cspec_n3_bn080916009_v01.pha", "ogip/glg_cspec_n3_bn080916009_v07.rsp",
            "ogip/xrt/xrt.arf", "ogip/xrt/xrt_bkg.pha",
        ];
        string[] invalid =
        [
            "ogip/bn090217206/bn090217206_b1_bkgspectra.bak", "ogip/bn090217206/bn090217206_b1_srcspectra.pha",
            "ogip/ogip_powerlaw.rsp", "ogip/xrt/interval0wtback.pi", "ogip/xrt/xrt_src.pha",
        ];
        var verify = new FitsReadOptions { VerifyChecksums = true };
        foreach (string name in valid)
        {
            Assert.NotEmpty(FitsFile.Read(SharedData.Path(name), verify).Hdus);
        }

        foreach (string name in invalid)
        {
            var e = Assert.Throws<FitsFormatException>(() => FitsFile.Read(SharedData.Path(name), verify));
            Assert.Contains(e.Keyword, new[] { "CHECKSUM", "DATASUM" });
            Assert.Contains(Path.GetFileName(name), e.Message);
        }
    }

    [RequiresSharedDataFact]
    public void Shared_files_survive_a_write_read_round_trip_with_checksums()
    {
        using var temp = new TempFolder();
        foreach (string path in SharedData.AllFitsFiles())
        {
            FitsFile original = FitsFile.Read(path);
            string copy = temp.File(Path.GetFileName(path));
            original.Write(copy, new FitsWriteOptions { WriteChecksums = true });
            FitsFile back = FitsFile.Read(copy, new FitsReadOptions { VerifyChecksums = true });
            Assert.Equal(original.Hdus.Count, back.Hdus.Count);
            for (int i = 0; i < original.Hdus.Count; i++)
            {
                Assert.Equal(original[i].Data.ToArray(), back[i].Data.ToArray());
                Assert.Equal(UserCards(original[i]), UserCards(back[i]));
            }
        }
    }

    private static IEnumerable<string> UserCards(FitsHdu hdu) =>
        hdu.Header.Cards.Where(c => !Keywords.IsStructural(c.Key) && c.Key != "LONGSTRN").Select(c => c.ToString());

    private static int DataStartOfHdu(byte[] raw, int hdu)
    {
        int seen = -1;
        for (int block = 0; block < raw.Length; block += 2880)
        {
            if (block == 0 || Encoding.ASCII.GetString(raw, block, 8) == "XTENSION")
            {
                seen++;
            }

            if (seen != hdu)
            {
                continue;
            }

            for (int card = block; ; card += 80)
            {
                if (Encoding.ASCII.GetString(raw, card, 8) == "END     ")
                {
                    return (card / 2880 + 1) * 2880;
                }
            }
        }

        throw new InvalidOperationException("HDU not found");
    }
}
