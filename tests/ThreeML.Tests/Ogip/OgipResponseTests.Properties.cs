using CsCheck;
using ThreeML.Ogip;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

public partial class OgipResponseTests
{
    [Fact]
    public void Random_grouped_matrices_read_back_as_the_dense_matrix_written()
    {
        using var folder = new TempFolder();
        Gen.Int[0, int.MaxValue].SampleFixed(seed =>
        {
            var random = new Random(seed);
            var (rsp, dense) = RandomResponse(random);
            var path = rsp.Write(folder.File($"p{seed}.rsp"));
            var response = OgipResponse.Read(path);
            File.Delete(path);
            Assert.Equal(dense, response.ToDenseMatrix());

            var photons = Enumerable.Range(0, response.EnergyBinCount).Select(_ => random.NextDouble()).ToArray();
            var expected = new double[response.ChannelCount];
            for (var j = 0; j < response.EnergyBinCount; j++)
            {
                for (var c = 0; c < response.ChannelCount; c++)
                {
                    expected[c] += dense[j, c] * photons[j];
                }
            }

            var folded = new double[response.ChannelCount];
            response.Fold(photons, folded);
            AssertEx.Close(expected, folded, 1e-12);
        }, iter: 150);
    }

    /// <summary>A random response: 1–30 energy bins × 1–40 channels, 0–3 non-overlapping groups a bin, TLMIN 0 or 1.</summary>
    private static (SyntheticRsp Rsp, double[,] Dense) RandomResponse(Random random)
    {
        int bins = random.Next(1, 31), channels = random.Next(1, 41), tlmin = random.Next(2);
        var dense = new double[bins, channels];
        var rsp = new SyntheticRsp
        {
            EnergyLo = Enumerable.Range(0, bins).Select(i => 1.0 + i).ToArray(),
            EnergyHi = Enumerable.Range(0, bins).Select(i => 2.0 + i).ToArray(),
            EMin = Enumerable.Range(0, channels).Select(i => 0.5 + i).ToArray(),
            EMax = Enumerable.Range(0, channels).Select(i => 1.5 + i).ToArray(),
            NGrp = new int[bins],
            FChan = new int[bins][],
            NChan = new int[bins][],
            Matrix = new double[bins][],
        };
        rsp.Keywords["DETCHANS"] = (long)channels;
        rsp.Keywords["TLMIN4"] = (long)tlmin;
        for (var j = 0; j < bins; j++)
        {
            var firsts = new List<int>();
            var counts = new List<int>();
            var values = new List<double>();
            var next = random.Next(channels);
            for (var g = random.Next(4); g > 0; g--)
            {
                var first = next + random.Next(3);
                var n = random.Next(1, 6);
                if (first + n > channels)
                {
                    break;
                }

                firsts.Add(first + tlmin);
                counts.Add(n);
                for (var i = 0; i < n; i++)
                {
                    var v = random.NextDouble() * 100;
                    values.Add(v);
                    dense[j, first + i] = v;
                }

                next = first + n;
            }

            (rsp.NGrp[j], rsp.FChan[j], rsp.NChan[j], rsp.Matrix[j]) = (firsts.Count, [.. firsts], [.. counts], [.. values]);
        }

        return (rsp, dense);
    }
}
