using ThreeML.Batch;
using ThreeML.Tests.Results.Persistence;

namespace ThreeML.Tests.Batch;

/// <summary>The flush that makes finished task folders durable before the runner publishes them.</summary>
public sealed class DiskFlushTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Flushing_file_by_file_leaves_every_file_as_it_was()
    {
        // The fallback where syncfs is missing opens each file for writing to fsync it: it must never truncate one.
        var a = Directory.CreateDirectory(_folder.File("a")).FullName;
        var b = Directory.CreateDirectory(_folder.File("b")).FullName;
        File.WriteAllText(Path.Combine(a, "done.json"), "{\"index\": 0}");
        File.WriteAllBytes(Path.Combine(b, "results.fits"), [.. Enumerable.Range(0, 5760).Select(i => (byte)i)]);

        DiskFlush.EachFile([a, b]);
        DiskFlush.Folders([a, b]);

        Assert.Equal("{\"index\": 0}", File.ReadAllText(Path.Combine(a, "done.json")));
        Assert.Equal([.. Enumerable.Range(0, 5760).Select(i => (byte)i)], File.ReadAllBytes(Path.Combine(b, "results.fits")));
    }

    [Fact]
    public void A_missing_folder_is_an_error_not_a_silent_success()
    {
        Assert.Throws<DirectoryNotFoundException>(() => DiskFlush.EachFile([_folder.File("absent")]));
    }
}
