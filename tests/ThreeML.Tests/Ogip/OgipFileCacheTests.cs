using Astromodels;
using Astromodels.Functions;
using ThreeML.Analysis;
using ThreeML.Ogip;
using ThreeML.Plugins;
using ThreeML.Responses;
using ThreeML.TableModels;
using ThreeML.Tests.TestSupport;

namespace ThreeML.Tests.Ogip;

public class OgipFileCacheTests
{
    [Fact]
    public void A_file_is_parsed_once_and_read_again_when_it_changes()
    {
        using var temp = new TempFolder();
        var rsp = new SyntheticRsp().Write(temp.File("a.rsp"));
        var pha = new SyntheticPha().Write(temp.File("a.pha"));
        var cache = new OgipFileCache();

        var first = cache.ReadResponse(rsp);
        Assert.Same(first, cache.ReadResponse(rsp));
        var spectrum = cache.ReadSpectrum(pha);
        Assert.Same(spectrum, cache.ReadSpectrum(pha));
        Assert.Equal((2, 2, 2), (cache.ReadCount, cache.ReuseCount, cache.Count));

        // Rewritten with other values (and another modification time): read again, the new values.
        var changed = new SyntheticRsp();
        changed.Matrix[3] = [5.0, 1.0];
        changed.Write(rsp);
        File.SetLastWriteTimeUtc(rsp, File.GetLastWriteTimeUtc(rsp).AddSeconds(2));
        var second = cache.ReadResponse(rsp);
        Assert.NotSame(first, second);
        Assert.Equal(5.0, second[3, Math.Min(3, SyntheticRsp.Channels - 2)]);
        Assert.Equal(3, cache.ReadCount);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void Each_selector_number_arf_and_spelling_is_its_own_entry()
    {
        using var temp = new TempFolder();
        var source = new SyntheticRsp();
        var rsp = source.Write(temp.File("b.rsp"));
        var arf = SyntheticRsp.WriteArf(temp.File("b.arf"), source.EnergyLo, source.EnergyHi);
        var pha = new SyntheticPha().Write(temp.File("b.pha"));
        var cache = new OgipFileCache();

        var plain = cache.ReadResponse(rsp);
        var withArf = cache.ReadResponse(rsp, arf);
        Assert.NotSame(plain, withArf);
        Assert.Same(plain, cache.ReadResponse(rsp, "none"));
        Assert.Same(plain, cache.ReadResponse(rsp, null));
        Assert.Equal(100.0 * plain[0, 0], withArf[0, 0]);
        Assert.NotSame(plain, cache.ReadResponse(rsp + "{1}"));
        Assert.NotSame(cache.ReadSpectrum(pha), cache.ReadSpectrum(pha, 1));

        // The same file named another way is another entry: what is read keeps the spelling it was given.
        var dotted = Path.Combine(temp.Path, ".", "b.pha");
        Assert.Equal(dotted, cache.ReadSpectrum(dotted).FilePath);
        Assert.Equal(pha, cache.ReadSpectrum(pha).FilePath);
    }

    [Fact]
    public void Failed_reads_are_not_kept_and_say_what_the_uncached_reader_says()
    {
        using var temp = new TempFolder();
        var cache = new OgipFileCache();
        var missing = temp.File("missing.rsp");
        var expected = Assert.ThrowsAny<IOException>(() => OgipResponse.Read(missing));
        Assert.Equal(expected.Message, Assert.ThrowsAny<IOException>(() => cache.ReadResponse(missing)).Message);

        var broken = new SyntheticRsp();
        broken.Keywords.Remove("DETCHANS");
        broken.Write(temp.File("broken.rsp"));
        var uncached = Assert.Throws<OgipFormatException>(() => OgipResponse.Read(temp.File("broken.rsp")));
        Assert.Equal(uncached.Message, Assert.Throws<OgipFormatException>(() => cache.ReadResponse(temp.File("broken.rsp"))).Message);
        Assert.Equal(0, cache.Count);

        // Repaired in place, the next request reads the repaired file.
        new SyntheticRsp().Write(temp.File("broken.rsp"));
        Assert.Equal(SyntheticRsp.Channels, cache.ReadResponse(temp.File("broken.rsp")).ChannelCount);

        var selector = Assert.Throws<ArgumentException>(() => PhaSpectrum.Read(temp.File("x.pha{0}")));
        Assert.Equal(selector.Message, Assert.Throws<ArgumentException>(() => cache.ReadSpectrum(temp.File("x.pha{0}"))).Message);
        var pha = new SyntheticPha().Write(temp.File("c.pha"));
        var disagree = Assert.Throws<ArgumentException>(() => PhaSpectrum.Read(pha + "{1}", 2));
        Assert.Equal(disagree.Message, Assert.Throws<ArgumentException>(() => cache.ReadSpectrum(pha + "{1}", 2)).Message);
        var zero = Assert.Throws<ArgumentOutOfRangeException>(() => PhaSpectrum.Read(pha, 0));
        Assert.Equal(zero.Message, Assert.Throws<ArgumentOutOfRangeException>(() => cache.ReadSpectrum(pha, 0)).Message);
        Assert.Equal("capacityBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new OgipFileCache(-1)).ParamName);
    }

    [Fact]
    public void The_least_recently_used_entries_go_when_the_capacity_is_reached()
    {
        using var temp = new TempFolder();
        var files = Enumerable.Range(0, 4).Select(i => new SyntheticPha().Write(temp.File($"s{i}.pha"))).ToArray();
        var probe = new OgipFileCache();
        probe.ReadSpectrum(files[0]);
        var one = probe.EstimatedBytes;
        Assert.True(one > 8 * 8, $"an 8-channel spectrum is estimated at {one} bytes");

        // Room for two of these spectra, not three.
        var cache = new OgipFileCache((2 * one) + (one / 2));
        var s0 = cache.ReadSpectrum(files[0]);
        cache.ReadSpectrum(files[1]);
        Assert.Same(s0, cache.ReadSpectrum(files[0])); // s0 now the most recent
        cache.ReadSpectrum(files[2]);                  // drops s1
        Assert.Equal(2, cache.Count);
        Assert.Equal(2 * one, cache.EstimatedBytes);
        Assert.Same(s0, cache.ReadSpectrum(files[0]));
        var reads = cache.ReadCount;
        cache.ReadSpectrum(files[1]);
        Assert.Equal(reads + 1, cache.ReadCount);

        var none = new OgipFileCache(0);
        Assert.NotSame(none.ReadSpectrum(files[3]), none.ReadSpectrum(files[3]));
        Assert.Equal((0, 2L, 0L), (none.Count, none.ReadCount, none.EstimatedBytes));
    }

    [Fact]
    public void Threads_asking_at_once_get_equal_values()
    {
        using var temp = new TempFolder();
        var rsp = new SyntheticRsp().Write(temp.File("t.rsp"));
        var cache = new OgipFileCache();
        var reference = OgipResponse.Read(rsp).ToDenseMatrix();
        var got = new InstrumentResponse[64];
        Parallel.For(0, got.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => got[i] = cache.ReadResponse(rsp));
        Assert.All(got, r => Assert.Equal(reference, r.ToDenseMatrix()));
        Assert.Equal(1, cache.Count);
        Assert.Equal(got.Length, cache.ReadCount + cache.ReuseCount);
    }

    [Fact]
    public void A_table_model_is_read_once_and_each_load_is_a_function_of_its_own()
    {
        using var temp = new TempFolder();
        var path = temp.File("cpl.fits");
        var edges = Enumerable.Range(0, 101).Select(i => Math.Pow(1000, i / 100.0)).ToArray();
        XspecTableWriter.Write(path, "cutoffpl", new CutoffPowerlaw(K: 0.01, piv: 100),
            [TableParameter.Grid("index", [-1.6, -1.2, -0.8]), TableParameter.Grid("xc", [100, 300, 900], TableInterpolation.Logarithmic)], edges);
        var cache = new OgipFileCache();
        var first = Assert.IsType<XspecTableModel>(cache.LoadTable("atable", path));
        var second = Assert.IsType<XspecTableModel>(cache.LoadTable("atable", path));
        Assert.NotSame(first, second);
        Assert.Equal((1L, 1L, 1), (cache.ReadCount, cache.ReuseCount, cache.Count));

        // Own parameters over one table: moving one function's leaves the other's, and each evaluates as a fresh load.
        var fresh = Assert.IsType<XspecTableModel>(XspecTableModel.Load("atable", path));
        var (defaultIndex, defaultXc) = (fresh["index"].Value, fresh["xc"].Value);
        first["index"].Value = -1.1;
        second["xc"].Value = 500;
        foreach (var (loaded, index, xc) in new[] { (first, -1.1, defaultXc), (second, defaultIndex, 500.0) })
        {
            Assert.Equal((index, xc), (loaded["index"].Value, loaded["xc"].Value));
            fresh["index"].Value = index;
            fresh["xc"].Value = xc;
            foreach (var e in new[] { 2.0, 20.0, 200.0, 900.0 })
            {
                Assert.Equal(fresh.Evaluate(e), loaded.Evaluate(e));
            }
        }

        // The loader's own checks and messages for a kind the file is not, or no kind at all.
        foreach (var kind in new[] { "mtable", "etable", "xtable" })
        {
            var expected = Assert.ThrowsAny<Exception>(() => XspecTableModel.Load(kind, path));
            var got = Assert.ThrowsAny<Exception>(() => cache.LoadTable(kind, path));
            Assert.Equal((expected.GetType(), expected.Message), (got.GetType(), got.Message));
        }

        Assert.Contains("is additive (atable), not a mtable", Assert.Throws<ArgumentException>(() => cache.LoadTable("mtable", path)).Message, StringComparison.Ordinal);

        // The additive table is still kept: loading it again reads nothing.
        var reads = cache.ReadCount;
        cache.LoadTable("atable", path);
        Assert.Equal(reads, cache.ReadCount);
    }

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Real_files_read_through_the_cache_equal_fresh_reads_and_plugins_built_from_them_agree_bit_for_bit()
    {
        var cache = new OgipFileCache();
        foreach (var det in new[] { "n6", "n9", "b1" })
        {
            var stem = SharedData.Data($"ogip/bn090217206/bn090217206_{det}_");
            for (var pass = 0; pass < 2; pass++)
            {
                var rsp = cache.ReadResponse(stem + "weightedrsp.rsp");
                Assert.Equal(OgipResponse.Read(stem + "weightedrsp.rsp").ToDenseMatrix(), rsp.ToDenseMatrix());
                var pha = cache.ReadSpectrum(stem + "srcspectra.pha");
                Assert.Equal(PhaSpectrum.Read(stem + "srcspectra.pha").Counts.ToArray(), pha.Counts.ToArray());
            }

            // Plugins from fresh reads and from the cache (the second one sharing the first one's objects) give the same
            // log-likelihood bit for bit at scattered points.
            var random = new Random(det.GetHashCode(StringComparison.Ordinal));
            var plugins = new[] { null, cache, cache }.Select(files =>
            {
                var plugin = new OgipLike(det, stem + "srcspectra.pha", stem + "bkgspectra.bak", stem + "weightedrsp.rsp", files: files);
                plugin.SetActiveMeasurements(det == "b1" ? "250-30000" : "8.1-900");
                var model = new Model(new PointSource("grb", ra: 0, dec: 0, new CutoffPowerlaw(K: 0.01, index: -1.0, xc: 300, piv: 100)));
                return new LikelihoodEvaluator(model, new DataList(plugin));
            }).ToArray();
            for (var k = 0; k < 20; k++)
            {
                double[] point = [Math.Exp(random.NextDouble() * 4 - 7), random.NextDouble() * 2 - 2, 50 + (random.NextDouble() * 2000)];
                var expected = plugins[0].LogLikelihood(point);
                Assert.True(double.IsFinite(expected));
                Assert.Equal(expected, plugins[1].LogLikelihood(point));
                Assert.Equal(expected, plugins[2].LogLikelihood(point));
            }
        }

        // Each detector's three files: read on the first pass, taken from the cache after.
        Assert.Equal(9, cache.ReadCount);
        Assert.Equal(9, cache.Count);
    }
}
