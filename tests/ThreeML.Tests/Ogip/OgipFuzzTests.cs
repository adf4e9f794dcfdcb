using ThreeML.Fits;
using ThreeML.Ogip;
using ThreeML.Responses;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

/// <summary>Random corruption (byte flips, awkward keyword values, truncation) of small valid OGIP files, and of two real
/// ones when ../shared is present: the readers must read something valid or fail with <see cref="OgipFormatException"/> or
/// <see cref="FitsFormatException"/> only, and never hang (10 s per case).</summary>
public sealed class OgipFuzzTests : IDisposable
{
    private const int CasesPerTarget = 400;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private sealed record Target(string Name, byte[] Bytes, Action<string> Read);

    private Target[] Targets()
    {
        var arfPath = SyntheticRsp.WriteArf(_folder.File("good.arf"), new SyntheticRsp().EnergyLo, new SyntheticRsp().EnergyHi);
        var rmf = SyntheticFiles.Bytes(new SyntheticRsp { MatrixName = "MATRIX" }.ToFits());
        var rsp2 = new SyntheticRsp().ToFits();
        var second = new SyntheticRsp();
        second.Keywords["TSTART"] = 110.0;
        second.Keywords["TSTOP"] = 120.0;
        rsp2.Add(second.MatrixHdu(extVer: 2));
        Target[] real = SharedData.Exists("data/ogip/ogip_powerlaw.rsp") && SharedData.Exists("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")
            ?
            [
                new("real-rsp", File.ReadAllBytes(SharedData.Data("ogip/ogip_powerlaw.rsp")), p => Check(OgipResponse.Read(p))),
                new("real-pha-II", File.ReadAllBytes(SharedData.Data("gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")), p => Check(PhaSpectrum.Read(p))),
            ]
            : [];
        return
        [
            .. real,
            new("pha", SyntheticFiles.Bytes(new SyntheticPha().ToFits()), p => Check(PhaSpectrum.Read(p))),
            new("pha-rate-gaussian", SyntheticFiles.Bytes(new SyntheticPha { AsRate = true, StatErr = [1, 1, 1, 1, 1, 1, 1, 1] }.Set("POISSERR", false).ToFits()), p => Check(PhaSpectrum.Read(p))),
            new("rsp-variable", SyntheticFiles.Bytes(new SyntheticRsp().ToFits()), p => Check(OgipResponse.Read(p))),
            new("rmf-fixed+arf", SyntheticFiles.Bytes(new SyntheticRsp { VariableLength = false, MatrixName = "MATRIX" }.ToFits()), p => Check(OgipResponse.Read(p, arfPath))),
            new("arf", File.ReadAllBytes(arfPath), p => Check(OgipResponse.Read(WriteOnce(rmf, "rmf-for-arf.rmf"), p))),
            new("rsp2", SyntheticFiles.Bytes(rsp2), p => Assert.True(OgipResponse.ReadSet(p).Count > 0)),
        ];
    }

    [Fact]
    public async Task Corrupted_files_fail_only_with_format_exceptions_and_never_hang()
    {
        var outcomes = new Dictionary<string, int>();
        foreach (var target in Targets())
        {
            target.Read(WriteCase(target.Bytes, target.Name + "-valid"));
            for (var i = 0; i < CasesPerTarget; i++)
            {
                var random = new Random(HashCode.Combine(target.Name.Length, target.Name[0], i));
                var path = WriteCase(Corrupt(target.Bytes, random), $"{target.Name}-{i}");
                var read = Task.Run(() =>
                {
                    try
                    {
                        target.Read(path);
                        return "read";
                    }
                    catch (OgipFormatException)
                    {
                        return "ogip";
                    }
                    catch (FitsFormatException)
                    {
                        return "fits";
                    }
                });
                string outcome;
                try
                {
                    outcome = await read.WaitAsync(TimeSpan.FromSeconds(10));
                }
                catch (TimeoutException)
                {
                    throw new Xunit.Sdk.XunitException($"{target.Name} case {i} did not finish in 10 s");
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"{target.Name} case {i}: {e}");
                }

                outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
                File.Delete(path);
            }
        }

        Assert.True(outcomes.Values.Sum() >= 6 * CasesPerTarget);
        Assert.True(outcomes.GetValueOrDefault("ogip") > 0 && outcomes.GetValueOrDefault("fits") > 0, string.Join(", ", outcomes));
    }

    private static readonly string[] Values = ["0", "-1", "1", "2", "7", "9", "2147483647", "-2147483648", "1E300", "-1E-300", "0.5", "T", "F", "'none'", "'x.rsp{3}'", "'TYPE:II'", "''"];

    /// <summary>One of: random byte flips in the headers or in the data, a keyword value replaced by an awkward one,
    /// or a truncation.</summary>
    private static byte[] Corrupt(byte[] valid, Random random)
    {
        var bytes = (byte[])valid.Clone();
        var (header, data) = Layout(bytes);
        var mode = random.Next(20);
        if (mode == 0)
        {
            return bytes[..random.Next(bytes.Length)];
        }

        var edits = random.Next(1, 5);
        for (var k = 0; k < edits; k++)
        {
            if (mode < 7)
            {
                var card = header[random.Next(header.Count)];
                var value = Values[random.Next(Values.Length)].PadLeft(20);
                if (bytes[card + 8] == '=')
                {
                    System.Text.Encoding.ASCII.GetBytes(value).CopyTo(bytes, card + 10);
                }
            }
            else
            {
                var position = mode < 11 ? header[random.Next(header.Count)] + random.Next(80) : data.Count > 0 ? data[random.Next(data.Count)] : random.Next(bytes.Length);
                bytes[position] = random.Next(3) switch
                {
                    0 => (byte)random.Next(256),
                    1 => (byte)"0123456789-+.E "[random.Next(15)],
                    _ => (byte)(bytes[position] ^ (1 << random.Next(8))),
                };
            }
        }

        return bytes;
    }

    /// <summary>The offsets of the header cards (before each END) and of the data bytes of a FITS file.</summary>
    private static (List<int> Cards, List<int> Data) Layout(byte[] bytes)
    {
        var cards = new List<int>();
        var data = new List<int>();
        var inHeader = true;
        for (var block = 0; block + 2880 <= bytes.Length; block += 2880)
        {
            var first = System.Text.Encoding.ASCII.GetString(bytes, block, 9);
            if (first is "SIMPLE  =" or "XTENSION=")
            {
                inHeader = true;
            }

            if (!inHeader)
            {
                for (var i = block; i < block + 2880; i++)
                {
                    data.Add(i);
                }

                continue;
            }

            for (var card = block; card < block + 2880; card += 80)
            {
                var key = System.Text.Encoding.ASCII.GetString(bytes, card, 8);
                if (key == "END     ")
                {
                    inHeader = false;
                    break;
                }

                cards.Add(card);
            }
        }

        return (cards, data);
    }

    private string WriteCase(byte[] bytes, string name)
    {
        var path = _folder.File(name + ".fits");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string WriteOnce(byte[] bytes, string name)
    {
        var path = _folder.File(name);
        if (!File.Exists(path))
        {
            File.WriteAllBytes(path, bytes);
        }

        return path;
    }

    /// <summary>A spectrum read from a corrupted file must still be usable by the plugins.</summary>
    private static void Check(PhaSpectrum pha) =>
        _ = pha.ToBinnedSpectrum(Enumerable.Range(0, pha.ChannelCount + 1).Select(i => (double)i).ToArray());

    /// <summary>A response read from a corrupted file must fold.</summary>
    private static void Check(InstrumentResponse response) =>
        response.Fold(new double[response.EnergyBinCount], new double[response.ChannelCount]);
}
