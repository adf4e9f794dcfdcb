using System.Text;
using Astromodels.Functions;
using Astromodels.Priors;

namespace Astromodels.Tests.Modeling;

/// <summary>The tutorial's model, written exactly as DESIGN.md §3 ports it.</summary>
public class ModelContractTests
{
    internal static Model TutorialModel()
    {
        var s2 = new Blackbody() + new PowerlawFlux(a: 10, b: 500);
        s2["F_2"].Prior = new LogNormal(mu: Math.Log(1e2), sigma: 1);
        s2["F_2"].Bounds = (null, null);
        s2["index_2"].Prior = new GaussianPrior(mu: -1, sigma: 1);
        var s1 = new Blackbody();
        s1.K.Prior = new LogNormal(mu: Math.Log(1e-7), sigma: 1);
        s1.KT.Prior = new LogNormal(mu: Math.Log(300), sigma: 2);
        var model = new Model(new PointSource("src1", ra: 1, dec: 20, s1), new PointSource("src2", ra: 2, dec: -10, s2));
        model.Link(model["src1.spectrum.main.Blackbody.kT"], model["src2.spectrum.main.composite.kT_1"]);
        return model;
    }

    [Fact]
    public void Tutorial_model_has_five_free_parameters_in_tutorial_order()
    {
        var model = TutorialModel();
        var sb = new StringBuilder();
        foreach (Parameter q in model.FreeParameters)
        {
            sb.Append($"{q.Path} = {q.Value} {q.Unit}\n");
        }

        Assert.Equal(
            [
                "src1.spectrum.main.Blackbody.K",
                "src2.spectrum.main.composite.K_1",
                "src2.spectrum.main.composite.kT_1",
                "src2.spectrum.main.composite.F_2",
                "src2.spectrum.main.composite.index_2",
            ],
            model.FreeParameters.Select(p => p.Path));
        Assert.StartsWith("src1.spectrum.main.Blackbody.K = 0.0001 ", sb.ToString());
        Assert.Single(model.LinkedParameters);
        Assert.Equal("src1.spectrum.main.Blackbody.kT", model.LinkedParameters[0].Path);
        Assert.Equal(8, model.FixedParameters.Count);
    }

    [Fact]
    public void Linked_parameter_follows_its_independent_parameter()
    {
        var model = TutorialModel();
        model["src2.spectrum.main.composite.kT_1"].Value = 517.5;
        Assert.Equal(517.5, model["src1.spectrum.main.Blackbody.kT"].Value);
        Assert.False(model["src1.spectrum.main.Blackbody.kT"].Free);
    }

    [Fact]
    public void Summary_matches_3ML_layout()
    {
        const string expected = """
            Model summary:
            ==============

                              N
            Point sources     2
            Extended sources  0
            Particle sources  0

            Free parameters (5):
            --------------------

                                                   value min_value max_value            unit
            src1.spectrum.main.Blackbody.K        0.0001       0.0      None  s-1 cm-2 keV-3
            src2.spectrum.main.composite.K_1      0.0001       0.0      None  s-1 cm-2 keV-3
            src2.spectrum.main.composite.kT_1       30.0       0.0      None             keV
            src2.spectrum.main.composite.F_2         1.0      None      None        s-1 cm-2
            src2.spectrum.main.composite.index_2    -2.0     -10.0      10.0

            Fixed parameters (8):
            (abridged. Use complete=True to see all fixed parameters)

            Linked parameters (1):
            ----------------------

            src1.spectrum.main.Blackbody.kT
            current value  30.0
            function       Line
            linked to      src2.spectrum.main.composite.kT_1
            unit           keV

            Independent variables:
            ----------------------

            None
            """;
        Assert.Equal(expected, TutorialModel().ToString());
    }

    [Fact]
    public void Complete_summary_lists_fixed_parameters_including_link_law()
    {
        var text = TutorialModel().ToString(complete: true);
        const string fixedTable = """
            Fixed parameters (8):
            ---------------------

                                                    value min_value max_value unit
            src1.position.ra                          1.0       0.0     360.0  deg
            src1.position.dec                        20.0     -90.0      90.0  deg
            src1.spectrum.main.Blackbody.kT.Line.a    0.0      None      None  keV
            src1.spectrum.main.Blackbody.kT.Line.b    1.0      None      None
            src2.position.ra                          2.0       0.0     360.0  deg
            src2.position.dec                       -10.0     -90.0      90.0  deg
            src2.spectrum.main.composite.a_2         10.0      None      None  keV
            src2.spectrum.main.composite.b_2        500.0      None      None  keV
            """;
        Assert.Contains(fixedTable, text);
    }
}
