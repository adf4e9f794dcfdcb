using Astromodels.Functions;
using Astromodels.Serialization;

namespace Astromodels.Tests.Serialization;

public class FunctionExpressionParserTests
{
    [Theory]
    [InlineData("(Blackbody{1} + Powerlaw_flux{2})")]
    [InlineData("((Powerlaw{1} + Blackbody{2}) * Line{3})")]
    [InlineData("(Powerlaw{1} - Line{2})")]
    [InlineData("(Powerlaw{1} / Line{2})")]
    [InlineData("(Powerlaw{1} of Line{2})")]
    [InlineData("((Powerlaw{1} of Line{2}) + (Blackbody{3} * Line{4}))")]
    public void Expressions_written_by_composites_parse_back_to_the_same_expression(string expression)
    {
        var f = Assert.IsType<CompositeFunction>(FunctionExpressionParser.Parse(expression, FunctionFactory.Create));
        Assert.Equal(expression, f.Expression);
    }

    [Theory]
    [InlineData("Powerlaw{1} + Blackbody{2} * Line{3}", "(Powerlaw{1} + (Blackbody{2} * Line{3}))")]
    [InlineData("Powerlaw{1} - Line{2} - Line{3}", "((Powerlaw{1} - Line{2}) - Line{3})")]
    [InlineData("Powerlaw{1} of Line{2} * Line{3}", "((Powerlaw{1} of Line{2}) * Line{3})")]
    [InlineData("  ( Powerlaw{1}+Line{2} )  ", "(Powerlaw{1} + Line{2})")]
    public void Precedence_and_spacing(string expression, string expected)
    {
        var f = Assert.IsType<CompositeFunction>(FunctionExpressionParser.Parse(expression, FunctionFactory.Create));
        Assert.Equal(expected, f.Expression);
    }

    [Theory]
    [InlineData("(Powerlaw{1} + 3)", "position 16", "numeric constants")]
    [InlineData("(Powerlaw{1} ** Line{2})", "position 15", "'**'")]
    [InlineData("(Powerlaw{1} + Line{2}", "position 23", "')' is missing")]
    [InlineData("(Powerlaw{1} + Line{2}))", "position 24", "unexpected ')'")]
    [InlineData("(Powerlaw{2} + Line{1})", "position 2", "numbered 1")]
    [InlineData("(Powerlaw{1} + Line{1})", "position 16", "numbered 2")]
    [InlineData("(Powerlaw + Line{2})", "position 10", "expected '{n}'")]
    [InlineData("(Powerlaw{x} + Line{2})", "position 10", "component number")]
    [InlineData("(Powerlaw{1} % Line{2})", "position 14", "found '%'")]
    [InlineData("", "position 1", "ends")]
    public void Malformed_expressions_name_expression_and_position(string expression, string position, string what)
    {
        var e = Assert.Throws<FormatException>(() => FunctionExpressionParser.Parse(expression, FunctionFactory.Create));
        Assert.Contains($"'{expression}'", e.Message);
        Assert.Contains(position, e.Message);
        Assert.Contains(what, e.Message);
    }

    [Fact]
    public void Unknown_function_comes_from_the_factory()
    {
        var e = Assert.Throws<ArgumentException>(() => FunctionExpressionParser.Parse("(Powerlw{1} + Line{2})", FunctionFactory.Create));
        Assert.Contains("Did you mean 'Powerlaw'", e.Message);
    }
}
