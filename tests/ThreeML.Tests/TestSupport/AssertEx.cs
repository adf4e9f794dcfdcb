namespace ThreeML.Tests.TestSupport;

/// <summary>Assertions missing from xunit 2.</summary>
internal static class AssertEx
{
    /// <summary>Asserts equal lengths and |expected − actual| ≤ tolerance·max(1, |expected|) element-wise.</summary>
    public static void Close(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var scale = Math.Max(1.0, Math.Abs(expected[i]));
            Assert.True(Math.Abs(expected[i] - actual[i]) <= tolerance * scale, $"element {i}: expected {expected[i]:R}, actual {actual[i]:R}");
        }
    }
}
