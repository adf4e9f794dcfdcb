using ThreeML.Cli.Tests.Support;

namespace ThreeML.Cli.Tests;

public class FluxCommandTests
{
    [Fact]
    public void Unknown_unit_is_one_clear_line()
    {
        var run = Threeml.Run("flux", "results.fits", "--emin", "1keV", "--emax", "1MeV", "--unit", "erg/cm2/sx");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.StartsWith("threeml: --unit: unknown unit 'erg/cm2/sx'", line);
    }

    [Fact]
    public void Unknown_energy_unit_is_one_clear_line()
    {
        var run = Threeml.Run("flux", "results.fits", "--emin", "1kev2", "--emax", "1MeV");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("threeml: --emin: unknown unit 'kev2'", run.Stderr);
    }

    [Fact]
    public void Inverted_band_is_reported_before_the_file_is_read()
    {
        var run = Threeml.Run("flux", "missing.fits", "--emin", "1MeV", "--emax", "10keV");
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.Stderr.Trim().Split('\n'));
        Assert.Contains("inverted", line);
    }

    [Fact]
    public void A_number_without_unit_says_so()
    {
        var run = Threeml.Run("flux", "results.fits", "--emin", "10", "--emax", "1MeV");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'10' has no unit", run.Stderr);
    }

    [Fact]
    public void Confidence_level_outside_0_1_is_rejected()
    {
        var run = Threeml.Run("flux", "results.fits", "--cl", "1.5");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--cl", run.Stderr);
    }

    [Fact]
    public void Missing_results_file_is_named()
    {
        var run = Threeml.Run("flux", "/nonexistent/results.fits");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("threeml: no such file: '/nonexistent/results.fits'.", run.Stderr.Trim());
    }

    [Fact]
    public void A_distance_as_an_energy_bound_is_an_error()
    {
        var run = Threeml.Run("flux", "results.fits", "--emin", "10parsec", "--emax", "1MeV");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("threeml: --emin: '10parsec' is a distance, not an energy; write an energy (keV, MeV, erg), a frequency (Hz) or a wavelength (Angstrom, nm, um).", run.Stderr.Trim());
    }

    [Fact]
    public void A_file_that_is_not_a_results_file_is_an_input_error()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.fits");
        File.WriteAllText(path, "not a FITS file");
        var run = Threeml.Run("flux", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"threeml: Results file '{path}': the file is not valid FITS: FITS '{path}' HDU 0 keyword 'END': the header would start at byte 0 but only 15 bytes remain (a FITS file is made of 2880-byte blocks).", run.Stderr.Trim());
    }
}
