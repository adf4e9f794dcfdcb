using Astromodels.Serialization;
namespace Astromodels.Tests.Serialization;

/// <summary>Every reading error is a <see cref="ModelFileException"/> naming the YAML path (and the line).</summary>
public class ModelYamlErrorTests
{
    private const string Grb = "grb (point source)";
    private const string Gal = "gal (point source)";

    private static ModelFileException Read(string yaml) => Assert.Throws<ModelFileException>(() => Model.FromYaml(yaml));

    private static ModelFileException ReadReplacing(string from, string to)
    {
        Assert.Contains(from, AstromodelsYaml.Text);
        return Read(AstromodelsYaml.Text.Replace(from, to));
    }

    private static void AssertAt(ModelFileException e, string yamlPath, params string[] fragments)
    {
        Assert.Equal(yamlPath, e.YamlPath);
        Assert.Contains($"entry '{yamlPath}'", e.Message);
        Assert.NotNull(e.Line);
        Assert.Contains($"(line {e.Line})", e.Message);
        foreach (var f in fragments)
        {
            Assert.Contains(f, e.Message);
        }
    }

    [Fact]
    public void Unknown_function_suggests_the_closest_name()
    {
        var e = ReadReplacing("Powerlaw:", "Powerlw:");
        AssertAt(e, $"{Grb}.spectrum.main.Powerlw", "Unknown function 'Powerlw'", "Did you mean 'Powerlaw'");
    }

    [Fact]
    public void Unknown_prior_suggests_the_closest_name()
    {
        var e = ReadReplacing("Log_normal:", "Log_nrmal:");
        AssertAt(e, $"{Gal}.spectrum.main.composite.kT_1.prior.Log_nrmal", "Unknown prior 'Log_nrmal'", "Log_normal");
    }

    [Fact]
    public void Unknown_prior_parameter_is_reported()
    {
        var text = AstromodelsYaml.Text;
        var at = text.IndexOf("sigma:", text.IndexOf("Log_normal:", StringComparison.Ordinal), StringComparison.Ordinal);
        var e = Read(text.Remove(at, "sigma".Length).Insert(at, "sigmaa"));
        AssertAt(e, $"{Gal}.spectrum.main.composite.kT_1.prior.Log_normal", "sigmaa");
    }

    [Fact]
    public void Missing_value_is_reported()
    {
        var e = ReadReplacing("          value: 500.0\n", "");
        AssertAt(e, $"{Gal}.spectrum.main.composite.kT_1", "'value' is missing");
    }

    [Fact]
    public void Missing_parameter_definition_is_reported()
    {
        var start = AstromodelsYaml.Text.IndexOf("        b_2:", StringComparison.Ordinal);
        var end = AstromodelsYaml.Text.IndexOf("        expression:", StringComparison.Ordinal);
        var e = Read(AstromodelsYaml.Text.Remove(start, end - start));
        AssertAt(e, $"{Gal}.spectrum.main.composite", "lacks the definition of parameter 'b_2'");
    }

    [Fact]
    public void Value_that_is_not_a_number_is_reported()
    {
        var e = ReadReplacing("value: 200.0", "value: lots");
        AssertAt(e, $"{Gal}.spectrum.main.composite.F_2.value", "expected a number or f(<parameter path>)", "'lots'");
    }

    [Fact]
    public void Null_or_mapping_value_is_reported()
    {
        AssertAt(ReadReplacing("value: 200.0", "value: null"), $"{Gal}.spectrum.main.composite.F_2.value", "expected a number or f(<parameter path>), got null");
        AssertAt(ReadReplacing("value: 200.0", "value: {x: 1}"), $"{Gal}.spectrum.main.composite.F_2.value", "got a mapping");
    }

    [Fact]
    public void Quoted_number_is_not_a_number()
    {
        var e = ReadReplacing("value: 200.0", "value: '200.0'");
        AssertAt(e, $"{Gal}.spectrum.main.composite.F_2.value", "expected a number");
    }

    [Fact]
    public void Value_outside_bounds_is_reported()
    {
        var e = ReadReplacing("value: 200.0", "value: 2000.0");
        AssertAt(e, $"{Gal}.spectrum.main.composite.F_2.value", "outside its bounds");
        Assert.DoesNotContain("(Parameter '", e.Message);
        Assert.DoesNotContain("Actual value", e.Message);
    }

    [Fact]
    public void Inverted_bounds_are_reported()
    {
        var e = ReadReplacing("min_value: 0.8", "min_value: 1.5");
        AssertAt(e, "cons_s1 (Parameter).min_value", "larger than maximum");
    }

    [Fact]
    public void Bad_boolean_is_reported()
    {
        var e = ReadReplacing("      delta: 2.25\n\n      free: true", "      delta: 2.25\n\n      free: maybe");
        AssertAt(e, $"{Gal}.position.b.free", "expected true or false", "'maybe'");
    }

    [Fact]
    public void Bad_delta_is_reported()
    {
        var e = ReadReplacing("delta: 12.56", "delta: -1.0");
        AssertAt(e, $"{Grb}.position.ra.delta", "must be positive");
    }

    [Fact]
    public void Bad_unit_is_reported()
    {
        var e = ReadReplacing("unit: keV-3 s-1 cm-2", "unit: keV-3 zz-1");
        AssertAt(e, $"{Gal}.spectrum.main.composite.K_1.unit", "zz");
    }

    [Fact]
    public void Unknown_parameter_key_suggests_the_closest()
    {
        var e = ReadReplacing("      delta: 7.53", "      dleta: 7.53");
        AssertAt(e, $"{Grb}.position.dec.dleta", "unknown entry 'dleta'", "Did you mean 'delta'");
    }

    [Fact]
    public void Unknown_function_entry_is_reported()
    {
        var e = ReadReplacing("        expression:", "        kt_1: 3\n\n        expression:");
        AssertAt(e, $"{Gal}.spectrum.main.composite.kt_1", "unknown entry 'kt_1'", "Did you mean 'kT_1'");
    }

    [Fact]
    public void Malformed_expression_names_expression_and_position()
    {
        var e = ReadReplacing("(Blackbody{1} + Powerlaw_flux{2})", "(Blackbody{1} + 3 * Powerlaw_flux{2})");
        AssertAt(e, $"{Gal}.spectrum.main.composite.expression", "'(Blackbody{1} + 3 * Powerlaw_flux{2})'", "position 17", "numeric constants");
    }

    [Fact]
    public void Unknown_function_in_expression_is_reported()
    {
        var e = ReadReplacing("(Blackbody{1} + Powerlaw_flux{2})", "(Blackbdy{1} + Powerlaw_flux{2})");
        AssertAt(e, $"{Gal}.spectrum.main.composite.expression", "Blackbdy", "Did you mean 'Blackbody'");
    }

    [Fact]
    public void Link_to_unknown_parameter_suggests_the_closest_path()
    {
        var e = ReadReplacing("f(gal.spectrum.main.composite.index_2)", "f(gal.spectrum.main.composite.idx_2)");
        AssertAt(e, $"{Grb}.spectrum.main.Powerlaw.index.value", "'gal.spectrum.main.composite.idx_2' is not a parameter", "gal.spectrum.main.composite.index_2");
    }

    [Fact]
    public void Link_without_law_is_reported()
    {
        var start = AstromodelsYaml.Text.IndexOf("          law:", StringComparison.Ordinal);
        var end = AstromodelsYaml.Text.IndexOf("          delta: 0.2", StringComparison.Ordinal);
        var e = Read(AstromodelsYaml.Text.Remove(start, end - start));
        AssertAt(e, $"{Grb}.spectrum.main.Powerlaw.index", "lacks a 'law' entry");
    }

    [Fact]
    public void Law_on_an_unlinked_parameter_is_reported()
    {
        var e = ReadReplacing("value: f(gal.spectrum.main.composite.index_2)", "value: -2.0");
        AssertAt(e, $"{Grb}.spectrum.main.Powerlaw.index.law", "only allowed on a linked parameter");
    }

    [Fact]
    public void Link_cycle_in_file_is_reported()
    {
        var yaml = AstromodelsYaml.Text.Replace("f(gal.spectrum.main.composite.index_2)", "f(grb.spectrum.main.Powerlaw.index)");
        var e = Read(yaml);
        AssertAt(e, $"{Grb}.spectrum.main.Powerlaw.index.value", "cycle");
    }

    [Fact]
    public void Missing_position_is_reported()
    {
        var e = Read("s (point source):\n  spectrum:\n    main:\n      Line:\n        a: {value: 1.0}\n        b: {value: 2.0}\n");
        AssertAt(e, "s (point source)", "'position' is missing");
    }

    [Fact]
    public void Other_equinox_is_rejected()
    {
        var e = ReadReplacing("    equinox: J2000\n\n  spectrum:\n\n    main:\n\n      Powerlaw:", "    equinox: B1950\n\n  spectrum:\n\n    main:\n\n      Powerlaw:");
        AssertAt(e, $"{Grb}.position.equinox", "J2000", "B1950");
    }

    [Fact]
    public void Coordinate_out_of_range_is_reported()
    {
        var e = ReadReplacing("value: 125.6", "value: 425.6");
        AssertAt(e, $"{Grb}.position.ra.value", "425.6 is outside [0.0, 360.0] degrees");
    }

    [Fact]
    public void Polarization_is_rejected()
    {
        var e = ReadReplacing("      polarization: {}\n\ngal", "      polarization: {linear: 1}\n\ngal");
        AssertAt(e, $"{Grb}.spectrum.main.polarization", "polarization is not supported");
    }

    [Fact]
    public void Unsupported_and_unknown_top_level_entries_are_reported()
    {
        AssertAt(Read("halo (extended source):\n  x: 1\n"), "halo (extended source)", "not supported");
        AssertAt(Read("time (IndependentVariable):\n  value: 1.0\n"), "time (IndependentVariable)", "not supported");
        AssertAt(Read("src:\n  position: {}\n"), "src", "unknown entry");
    }

    [Fact]
    public void Malformed_yaml_gives_the_line()
    {
        var e = Read("a (point source):\n  position:\n    ra: [1, 2\n");
        Assert.Contains("malformed", e.Message);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void Empty_document_is_reported()
    {
        Assert.Contains("empty", Read("").Message);
        Assert.Contains("expected a mapping", Read("- 1\n- 2\n").Message);
    }

    [Fact]
    public void Duplicate_keys_are_reported()
    {
        var e = ReadReplacing("      delta: 7.53", "      delta: 7.53\n      delta: 7.53");
        Assert.Contains("delta", e.Message);
        Assert.NotNull(e.Line);
    }

    [Fact]
    public void External_parameter_with_invalid_name_is_reported()
    {
        var e = ReadReplacing("cons_s1 (Parameter):", "cons s1 (Parameter):");
        AssertAt(e, "cons s1 (Parameter)", "not a valid parameter name");
    }
}
