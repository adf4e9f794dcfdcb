using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ThreeML.Fits.Internal;

/// <summary>Bulk conversion between big-endian bytes and native arrays.</summary>
internal static class BigEndian
{
    /// <summary>Copies big-endian bytes into native values of type T (byte, short, int, long, float, double).</summary>
    public static void Read<T>(ReadOnlySpan<byte> source, Span<T> destination) where T : unmanaged
    {
        Span<byte> raw = MemoryMarshal.AsBytes(destination);
        source[..raw.Length].CopyTo(raw);
        Swap<T>(raw);
    }

    /// <summary>Writes native values as big-endian bytes.</summary>
    public static void Write<T>(ReadOnlySpan<T> source, Span<byte> destination) where T : unmanaged
    {
        ReadOnlySpan<byte> raw = MemoryMarshal.AsBytes(source);
        raw.CopyTo(destination);
        Swap<T>(destination[..raw.Length]);
    }

    private static void Swap<T>(Span<byte> raw) where T : unmanaged
    {
        if (!BitConverter.IsLittleEndian)
        {
            return;
        }

        int size = Unsafe.SizeOf<T>();
        switch (size)
        {
            case 2:
                Span<short> s = MemoryMarshal.Cast<byte, short>(raw);
                BinaryPrimitives.ReverseEndianness(s, s);
                break;
            case 4:
                Span<int> i = MemoryMarshal.Cast<byte, int>(raw);
                BinaryPrimitives.ReverseEndianness(i, i);
                break;
            case 8:
                Span<long> l = MemoryMarshal.Cast<byte, long>(raw);
                BinaryPrimitives.ReverseEndianness(l, l);
                break;
        }
    }
}
