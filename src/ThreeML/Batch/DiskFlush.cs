using System.Runtime.InteropServices;

namespace ThreeML.Batch;

/// <summary>Makes the files of finished task folders durable before they are published: on Linux with one
/// <c>syncfs</c> for the whole group (one device flush for every task that finished meanwhile), elsewhere, or where
/// <c>syncfs</c> fails, with an <c>fsync</c> of every file.</summary>
/// <remarks>Per-file flushes cost a device cache flush each (two per task before, 2.1 ms each on a busy disk); a
/// group flush costs one per group, and it runs on the committing thread while the workers compute (design record
/// 0023).</remarks>
internal static class DiskFlush
{
    /// <summary>Flushes every file in <paramref name="folders"/> (and anything else dirty on their file system) to disk.</summary>
    /// <exception cref="IOException">A file could not be flushed.</exception>
    public static void Folders(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0)
        {
            return;
        }

        if (!(OperatingSystem.IsLinux() && TrySyncFileSystem(folders[0])))
        {
            EachFile(folders);
        }
    }

    /// <summary>Flushes every file in <paramref name="folders"/> to disk, one <c>fsync</c> each (contents untouched).</summary>
    /// <exception cref="IOException">A file could not be flushed.</exception>
    internal static void EachFile(IReadOnlyList<string> folders)
    {
        foreach (var folder in folders)
        {
            foreach (var file in System.IO.Directory.EnumerateFiles(folder))
            {
                using var stream = new FileStream(file, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                stream.Flush(flushToDisk: true);
            }
        }
    }

    // syncfs(2) flushes the file system that holds the open file; the folder's first file serves (every staging folder
    // lies in the same tasks/ folder).
    private static bool TrySyncFileSystem(string folder)
    {
        var any = System.IO.Directory.EnumerateFiles(folder).FirstOrDefault();
        if (any is null)
        {
            return false;
        }

        try
        {
            using var handle = File.OpenHandle(any, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return SyncFs((int)handle.DangerousGetHandle()) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport, whose generated stub needs unsafe code: an int argument and result are
    // blittable, so the call needs no marshalling.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "syncfs")]
    private static extern int SyncFs(int fd);
#pragma warning restore SYSLIB1054
}
