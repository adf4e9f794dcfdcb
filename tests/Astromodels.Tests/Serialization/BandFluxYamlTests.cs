using Astromodels.Functions;
using Astromodels.Serialization;

namespace Astromodels.Tests.Serialization;

/// <summary>BandFlux in model files: written under its name <c>{inner}_eflux</c> / <c>{inner}_flux</c> and read back.</summary>
public class BandFluxYamlTests
{
    [Fact]
    public void Absorbed_flux_parametrised_power_law_round_trips()
    {
        var shape = new TbAbs(NH: 0.4) * new BandFlux(new Powerlaw(index: -1.7), a: 0.5, b: 10, kind: BandFluxKind.Energy, F: 3e-12);
        var yaml = new Model(new PointSource("ulx", ra: 1, dec: 2, shape)).ToYaml();
        Assert.Contains("expression: (TbAbs{1} * Powerlaw_eflux{2})", yaml);
        var loaded = Model.FromYaml(yaml);
        Assert.Equal(yaml, loaded.ToYaml());
        var flux = Assert.IsType<BandFlux>(((CompositeFunction)loaded.PointSources[0].Components[0].Shape).Leaves[1]);
        Assert.Equal(BandFluxKind.Energy, flux.Kind);
        // Log-transformed parameters (F, xc) come back within a few ulp, as for every such parameter.
        Assert.Equal(3e-12, flux.F.Value, 3e-12 * 1e-14);
        Assert.Equal((0.5, 10.0, -1.7), (flux.A.Value, flux.B.Value, flux.Inner["index"].Value));
        // The re-read model evaluates as the original.
        Assert.Equal(shape.Evaluate(2.0), loaded.PointSources[0].Components[0].Shape.Evaluate(2.0), 14);
    }

    [Fact]
    public void Photon_flux_of_a_cutoff_power_law_round_trips_alone()
    {
        var shape = new BandFlux(new CutoffPowerlaw(index: -1.1, xc: 200), a: 10, b: 1000, kind: BandFluxKind.Photon, F: 2.5);
        var yaml = new Model(new PointSource("grb", ra: 1, dec: 2, shape)).ToYaml();
        Assert.Contains("Cutoff_powerlaw_flux:", yaml);
        var loaded = Assert.IsType<BandFlux>(Model.FromYaml(yaml).PointSources[0].Components[0].Shape);
        Assert.Equal(BandFluxKind.Photon, loaded.Kind);
        Assert.Equal(2.5, loaded.F.Value, 1e-14);
        Assert.Equal(200.0, loaded.Inner["xc"].Value, 1e-12);
    }

    [Fact]
    public void Unknown_inner_function_is_reported_with_a_suggestion()
    {
        var yaml = new Model(new PointSource("grb", ra: 1, dec: 2, new BandFlux(new CutoffPowerlaw()))).ToYaml()
            .Replace("Cutoff_powerlaw_eflux", "Cutof_powerlaw_eflux", StringComparison.Ordinal);
        var e = Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml));
        Assert.Contains("Cutof_powerlaw_eflux", e.Message);
    }
}
