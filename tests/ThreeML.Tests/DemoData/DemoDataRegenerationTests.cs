using System.Runtime.CompilerServices;

namespace ThreeML.Tests.DemoData;

/// <summary>Keeps the embedded demo response in step with the code that generates it.</summary>
public class DemoDataRegenerationTests
{
    private const string RegenerateVariable = "THREEML_REGENERATE_DEMO";

    [Fact]
    public void Regenerated_file_is_bit_identical_to_the_embedded_resource()
    {
        var folder = Directory.CreateTempSubdirectory("threeml-demo-").FullName;
        try
        {
            var path = Path.Combine(folder, "demo_bgo.rsp");
            ThreeML.DemoData.WriteResponse(path);
            using var embedded = ThreeML.DemoData.OpenResponseStream();
            using var copy = new MemoryStream();
            embedded.CopyTo(copy);
            var expected = copy.ToArray();
            var actual = File.ReadAllBytes(path);
            Assert.True(expected.Length > 0, "The embedded demo response is empty: regenerate it (see src/ThreeML/DemoData/README.md).");
            Assert.True(expected.AsSpan().SequenceEqual(actual),
                $"The regenerated demo response ({actual.Length} bytes) differs from the embedded one ({expected.Length} bytes): regenerate it (see src/ThreeML/DemoData/README.md).");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Rewrites src/ThreeML/DemoData/demo_bgo.rsp when THREEML_REGENERATE_DEMO=1; otherwise does nothing, so
    /// an ordinary test run never writes into the source tree.</summary>
    [Fact]
    [Trait("Category", "RegenerateDemoData")]
    public void Regenerate_demo_response_when_asked()
    {
        if (Environment.GetEnvironmentVariable(RegenerateVariable) != "1")
        {
            return;
        }

        ThreeML.DemoData.WriteResponse(SourcePath());
    }

    private static string SourcePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "../../../src/ThreeML/DemoData/demo_bgo.rsp"));
}
