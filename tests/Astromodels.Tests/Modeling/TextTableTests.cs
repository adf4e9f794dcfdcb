using Astromodels.Functions;
using Astromodels.Internal;

namespace Astromodels.Tests.Modeling;

public class TextTableTests
{
    [Theory]
    [InlineData("src2.spectrum.main.composite.index_2", "src2.spectrum.main.composite.index_2")]
    [InlineData("my_long_source.spectrum.main.composite.index_2", "my_long_source...index_2")]
    [InlineData("a_really_long_source_name_here.spectrum.main.Powerlaw.a_really_long_parameter", "...a_really_long_parameter")]
    public void ShortenPath_follows_long_path_formatter(string path, string expected) =>
        Assert.Equal(expected, TextTable.ShortenPath(path, 40));

    [Fact]
    public void Render_left_aligns_the_index_and_right_aligns_columns_like_pandas()
    {
        var text = TextTable.Render(["value", "unit"], [["x", "1.0", "keV"], ["longer_name", "-20.5", ""]]);
        Assert.Equal("             value unit\nx              1.0  keV\nlonger_name  -20.5", text);
    }

    [Fact]
    public void Summary_of_a_model_without_links_says_none_and_shortens_long_paths()
    {
        var model = new Model(new PointSource("a_rather_long_source_name", 1, 2, new Powerlaw()));
        var text = model.ToString();
        Assert.Contains("Linked parameters (0):\n----------------------\n\n(none)\n\nIndependent variables:", text);
        Assert.Contains("\na_rather_long_source_name...K ", text);
    }
}
