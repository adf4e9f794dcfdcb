using System.Buffers.Binary;
using System.IO.Compression;

namespace ThreeML.Fits;

/// <summary>Decompression of gzip FITS files, with a size limit and a check for truncated streams.</summary>
internal static class Gzip
{
    public static bool IsGzip(byte[] bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    public static byte[] Decompress(byte[] bytes, string name, long limit, ReadIssues issues)
    {
        byte[] result;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            result = CopyLimited(gzip, name, limit, "decompressed gzip data");
        }
        catch (InvalidDataException e)
        {
            throw new FitsFormatException($"the gzip data are corrupt or truncated ({e.Message}).", name, inner: e);
        }
        catch (EndOfStreamException e)
        {
            throw new FitsFormatException("the gzip data are truncated.", name, inner: e);
        }

        // GZipStream ends quietly at a truncated stream; the trailer's ISIZE (length mod 2^32) exposes it.
        uint stated = bytes.Length >= 18 ? BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(bytes.Length - 4)) : uint.MaxValue;
        if (stated != (uint)result.LongLength)
        {
            issues.Problem(
                new FitsFormatException(
                    $"the gzip data are truncated or corrupt: the gzip trailer gives {stated} bytes but {result.LongLength} were decompressed (a file of several gzip members reads only with Strict = false).",
                    name),
                "Read the decompressed bytes.");
        }

        return result;
    }

    public static byte[] CopyLimited(Stream source, string name, long limit, string what)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = source.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > limit)
            {
                throw new FitsFormatException($"the {what} exceed the limit of {limit} bytes (FitsReadOptions.MaxDecompressedBytes).", name);
            }

            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }
}
