using Astromodels.Functions;
using Astromodels.Serialization;

namespace Astromodels.Tests.Serialization;

public class XspecContinuumYamlTests
{
    [Fact]
    public void Disk_blackbody_plus_iron_line_round_trips_through_the_model_file()
    {
        var spectrum = new DiskBlackbody(Tin: 1.2, norm: 350) + new BlackbodyRadius(kT: 2.1, norm: 12) + new Gaussian(F: 1e-4, mu: 6.4, sigma: 0.1);
        var model = new Model(new PointSource("xrb", ra: 255.7, dec: -48.8, spectrum));
        var yaml = model.ToYaml();
        Assert.Contains("expression: ((DiskBlackbody{1} + BlackbodyRadius{2}) + Gaussian{3})", yaml);
        var loaded = Model.FromYaml(yaml);
        Assert.Equal(yaml, loaded.ToYaml());
        Assert.Equal(350, loaded["xrb.spectrum.main.composite.norm_1"].Value);
        Assert.Equal(2.1, loaded["xrb.spectrum.main.composite.kT_2"].Value);
        Assert.Equal(spectrum.Evaluate(3.0), loaded.PointSources[0].Evaluate(3.0));
    }
}
