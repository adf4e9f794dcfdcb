using Astromodels.Functions;
using Astromodels.Serialization;

namespace Astromodels.Tests.Serialization;

/// <summary>The absorbers' abundance_table property in model files, laid out as astromodels' FunctionProperty.to_dict.</summary>
public class AbsorptionYamlTests
{
    [Fact]
    public void Composite_absorber_round_trips_with_its_abundance_table()
    {
        var shape = new TbAbs(NH: 0.3, abundanceTable: AbundanceTable.ASPL) * new Powerlaw();
        var model = new Model(new PointSource("ulx", ra: 1, dec: 2, shape));
        var yaml = model.ToYaml();
        Assert.Contains("        abundance_table_1:\n\n          value: ASPL\n\n          desc: the abundance table for the model\n\n          allowed values:\n\n          - WILM\n\n          - AG89\n\n          - ASPL\n\n          defer: false\n\n          function: _init_xsect\n\n        expression: (TbAbs{1} * Powerlaw{2})\n\n", yaml);
        var loaded = Model.FromYaml(yaml);
        Assert.Equal(yaml, loaded.ToYaml());
        var absorber = (TbAbs)((CompositeFunction)loaded.PointSources[0].Components[0].Shape).Leaves[0];
        Assert.Equal(AbundanceTable.ASPL, absorber.AbundanceTable);
        Assert.Equal(0.3, absorber.NH.Value, 14);
    }

    [Fact]
    public void Single_absorber_writes_abundance_table_and_WAbs_writes_none()
    {
        var yaml = new Model(new PointSource("a", ra: 1, dec: 2, new PhAbs())).ToYaml();
        Assert.Contains("        abundance_table:\n\n          value: AG89\n\n", yaml);
        Assert.Equal(yaml, Model.FromYaml(yaml).ToYaml());
        Assert.DoesNotContain("abundance_table", new Model(new PointSource("a", ra: 1, dec: 2, new WAbs())).ToYaml());
    }

    [Fact]
    public void Unoffered_table_is_reported_with_its_path()
    {
        var yaml = new Model(new PointSource("a", ra: 1, dec: 2, new PhAbs())).ToYaml().Replace("value: AG89", "value: WILM", StringComparison.Ordinal);
        var e = Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml));
        Assert.Contains("entry 'a (point source).spectrum.main.PhAbs.abundance_table.value'", e.Message);
        Assert.Contains("PhAbs does not offer the abundance table 'WILM'; choose one of AG89, ASPL", e.Message);
    }

    [Fact]
    public void PhAbs_cross_sections_are_written_only_when_not_Verner_and_round_trip()
    {
        Assert.DoesNotContain("cross_sections", new Model(new PointSource("a", ra: 1, dec: 2, new PhAbs())).ToYaml());
        var shape = new PhAbs(NH: 0.2, crossSections: PhotoionizationCrossSections.Bcmc) * new Powerlaw();
        var yaml = new Model(new PointSource("a", ra: 1, dec: 2, shape)).ToYaml();
        Assert.Contains("        cross_sections_1:\n\n          value: bcmc\n\n", yaml);
        var loaded = Model.FromYaml(yaml);
        Assert.Equal(yaml, loaded.ToYaml());
        var absorber = (PhAbs)((CompositeFunction)loaded.PointSources[0].Components[0].Shape).Leaves[0];
        Assert.Equal(PhotoionizationCrossSections.Bcmc, absorber.CrossSections);
        var bad = yaml.Replace("value: bcmc", "value: henke", StringComparison.Ordinal);
        var e = Assert.Throws<ModelFileException>(() => Model.FromYaml(bad));
        Assert.Contains("cross_sections_1.value", e.Message);
        Assert.Contains("Unknown PhAbs cross-sections 'henke'; choose one of vern, bcmc", e.Message);
    }
}
