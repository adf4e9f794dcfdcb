using Astromodels;
using Astromodels.Functions;
using ThreeML.Fitting;
using ThreeML.Plugins;
using ThreeML.Tests.TestSupport;
using Xunit.Abstractions;

namespace ThreeML.Tests.Fitting;

/// <summary>Profile errors on real spectra, each reported bound checked by the test's own constrained refit.</summary>
/// <remarks>The reference is independent of the profile engine: the parameter is fixed at the reported bound through the
/// model's public API and a fresh <see cref="JointLikelihood"/> refits the others from the best fit; its Δ(−ln L) must
/// be the target 0.5 within the engine's 0.01 plus 0.005 for the refit's own convergence (EDM goal 2·10⁻⁴ per fit).</remarks>
public class ProfileErrorVerificationTests(ITestOutputHelper output)
{
    private const double Target = 0.5;
    private const double Allowed = 0.01 + 0.005;

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Powerlaw_on_ogip_powerlaw() => Check(OgipPowerlaw, () => new Powerlaw(), null);

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Cutoff_powerlaw_on_ogip_powerlaw()
    {
        // From astromodels' defaults a single descent ends in the K → 1e-30 valley (−ln L 298.97); the global default must
        // reach the minimum Minuit reaches (index ≈ −1.88, xc ≈ 1.7e4 keV, −ln L = 180.94) and verify its errors there.
        var fit = Check(OgipPowerlaw, () => new CutoffPowerlaw(), null);
        Assert.True(fit.MinusLogLikelihood < 180.94 + 0.01, $"-ln L = {fit.MinusLogLikelihood}, Minuit reaches 180.94");
    }

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Band_on_ogip_powerlaw() => Check(OgipPowerlaw, () => new Band(), null);

    [RequiresSharedDataFact("data/ogip/ogip_powerlaw.pha")]
    public void Blackbody_plus_powerlaw_on_ogip_powerlaw()
    {
        // A faint blackbody (Δ(−ln L) 0.45 against the power law alone) makes every profile multimodal: valleys with 74, 90,
        // 460 and 2,000 keV blackbodies take over one another. The reference therefore also refits from the best fit with each
        // other positive parameter moved over three decades either way.
        // Where the valleys take over one another the refits end at different heights and the profile jumps across the target:
        // the engine must then say the side cannot be established rather than verify it, so only K_2's lower and index_2's
        // upper side (a single valley) are required to verify.
        var fit = Check(OgipPowerlaw, () => new Blackbody() + new Powerlaw(), null, dense: true, requiredVerified: 2);
        Assert.True(fit.MinusLogLikelihood < 181.318 + 0.01, $"-ln L = {fit.MinusLogLikelihood}, the lowest of 100-start references is 181.318");
    }

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Band_on_bn080916009_n3() => Check(Bn080916009, () => new Band(), null);

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Powerlaw_on_bn080916009_n3() => Check(Bn080916009, () => new Powerlaw(), null);

    [RequiresSharedDataFact("data/gbm_bn080916009_0-10s/gbm_bn080916009_n3_0-10s.pha")]
    public void Cutoff_powerlaw_on_bn080916009_n3() => Check(Bn080916009, () => new CutoffPowerlaw(), null);

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Band_on_bn090217206_n6_n9_b1() => Check(Bn090217206, () => new Band(), null);

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Cutoff_powerlaw_on_bn090217206_n6_n9_b1() => Check(Bn090217206, () => new CutoffPowerlaw(), null);

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Band_on_bn090217206_with_effective_area_constants_on_n9_and_b1() =>
        Check(Bn090217206WithConstants, () => new Band(), null);

    [RequiresSharedDataFact("data/ogip/bn090217206")]
    public void Cutoff_powerlaw_on_bn090217206_with_effective_area_constants_on_n9_and_b1() =>
        Check(Bn090217206WithConstants, () => new CutoffPowerlaw(), null);

    private static string Data(string relative) => SharedData.Data(relative);

    private static DataList OgipPowerlaw() =>
        new(new OgipLike("ogip", Data("ogip/ogip_powerlaw.pha"), Data("ogip/ogip_powerlaw.bak"), Data("ogip/ogip_powerlaw.rsp")));

    private static DataList Bn080916009() => GbmDataLists.Bn080916009N3();

    private static DataList Bn090217206WithConstants() => GbmDataLists.Bn090217206(effectiveAreaConstants: true);

    private static DataList Bn090217206() => GbmDataLists.Bn090217206();

    private MLEResults Check(Func<DataList> data, Func<Function1D> shape, IReadOnlyDictionary<string, double>? start, bool dense = false, int? requiredVerified = null)
    {
        var model = new Model(new PointSource("src", ra: 0, dec: 0, shape()));
        foreach (var (path, value) in start ?? new Dictionary<string, double>())
        {
            model[path].Value = value;
        }

        var jl = new JointLikelihood(model, data());
        var fit = jl.Fit(samples: 10);
        Assert.True(fit.IsValid, fit.Reason);
        var best = fit.BestFit.ToArray();
        var errors = jl.GetErrors();
        var paths = fit.Parameters.Keys.ToArray();
        var checkedBounds = 0;
        foreach (var path in paths)
        {
            var error = errors[path];
            output.WriteLine($"{path}: {error.NegativeError:G5} ({error.LowerStatus}, Δ {error.LowerRise:G4}) {error.PositiveError:G5} ({error.UpperStatus}, Δ {error.UpperRise:G4}) {error.Reason}");
            foreach (var (offset, status, reason) in new[] { (error.NegativeError, error.LowerStatus, error.LowerReason), (error.PositiveError, error.UpperStatus, error.UpperReason) })
            {
                if (status != ProfileCrossingStatus.Verified)
                {
                    // Not a silent invalid: every unverified side carries a reason that names the parameter.
                    Assert.False(error.IsValid);
                    Assert.Contains(path, reason);
                    continue;
                }

                var delta = ConstrainedRise(data, shape, paths, best, path, fit.Parameters[path].Value + offset, fit.MinusLogLikelihood, dense);
                output.WriteLine($"  refit at {fit.Parameters[path].Value + offset:G6}: Δ = {delta:F4}");
                Assert.True(Math.Abs(delta - Target) <= Allowed, $"{path} bound {offset:G5}: the test's refit gives Δ(−ln L) = {delta:F4}, expected {Target} ± {Allowed}");
                checkedBounds++;
            }
        }

        Assert.True(checkedBounds >= (requiredVerified ?? paths.Length), $"only {checkedBounds} bounds were verified for {paths.Length} parameters");
        return fit;
    }

    // The independent reference: the parameter fixed at the bound through the model's API and the others refitted by a
    // fresh JointLikelihood from several starts (the best fit, astromodels' defaults, and the best fit with each other
    // bounded parameter moved next to either bound, which finds valleys that end on a bound); the lowest is the profile.
    private static double ConstrainedRise(Func<DataList> data, Func<Function1D> shape, string[] paths, double[] best, string path, double value, double minimum, bool dense)
    {
        var starts = new List<Action<Model>> { m => Set(m, paths, best), _ => { } };
        for (var k = 0; dense && k < paths.Length; k++)
        {
            var other = k;
            foreach (var decades in new[] { -3, -2, -1, 1, 2, 3 })
            {
                if (paths[other] != path && best[other] > 0)
                {
                    starts.Add(m =>
                    {
                        Set(m, paths, best);
                        var moved = best[other] * Math.Pow(10, decades);
                        if (m[paths[other]].IsWithinBounds(moved))
                        {
                            m[paths[other]].Value = moved;
                        }
                    });
                }
            }
        }

        foreach (var other in paths.Where(p => p != path))
        {
            foreach (var fraction in new[] { 0.02, 0.98 })
            {
                starts.Add(m =>
                {
                    Set(m, paths, best);
                    if (m[other].MinValue is double lo && m[other].MaxValue is double hi && hi - lo < 1e3)
                    {
                        m[other].Value = lo + fraction * (hi - lo);
                    }
                });
            }
        }

        var lowest = double.PositiveInfinity;
        foreach (var start in starts)
        {
            var model = new Model(new PointSource("src", ra: 0, dec: 0, shape()));
            var list = data();
            // A first analysis adds the plugins' nuisance parameters (cons_<det>) to the model so that they can be set; the
            // refit's own analysis, built after the parameter is fixed, keeps them (the model already has them).
            _ = new JointLikelihood(model, list);
            start(model);
            model[path].Value = value;
            model[path].Fixed = true;
            // The dense reference converges tightly: in this problem's curved valleys MIGRAD's default tolerance stops early.
            var refit = new JointLikelihood(model, list);
            if (dense)
            {
                refit.Minimizer = new MigradMinimizer(new MigradOptions { Tolerance = 1e-3 });
            }

            var rf = refit.Fit(samples: 10);
            lowest = Math.Min(lowest, rf.MinusLogLikelihood);
        }

        return lowest - minimum;
    }

    private static void Set(Model model, string[] paths, double[] values)
    {
        for (var i = 0; i < paths.Length; i++)
        {
            model[paths[i]].Value = values[i];
        }
    }
}
