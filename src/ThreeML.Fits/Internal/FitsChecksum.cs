using System.Buffers.Binary;

namespace ThreeML.Fits.Internal;

/// <summary>The FITS checksum convention: a 32-bit ones-complement sum and its 16-character ASCII encoding.</summary>
internal static class FitsChecksum
{
    private static ReadOnlySpan<byte> Excluded => ":;<=>?@[\\]^_`"u8;

    /// <summary>The ones-complement sum of big-endian 32-bit words, continuing from <paramref name="seed"/>.</summary>
    public static uint Sum(ReadOnlySpan<byte> data, uint seed = 0)
    {
        ulong sum = seed;
        int whole = data.Length & ~3;
        for (int i = 0; i < whole; i += 4)
        {
            sum += BinaryPrimitives.ReadUInt32BigEndian(data[i..]);
            if ((i & 0xFFFFFF) == 0)
            {
                sum = Fold(sum);
            }
        }

        if (whole < data.Length)
        {
            // A trailing partial word counts as if padded with zeros, as the block padding is.
            Span<byte> last = stackalloc byte[4];
            data[whole..].CopyTo(last);
            sum += BinaryPrimitives.ReadUInt32BigEndian(last);
        }

        return (uint)Fold(sum);
    }

    /// <summary>The sum of two byte ranges taken as one contiguous, word-aligned run (data then its block padding).</summary>
    public static uint Sum(ReadOnlySpan<byte> first, ReadOnlySpan<byte> second)
    {
        int whole = first.Length & ~3;
        uint sum = Sum(first[..whole]);
        byte[] rest = [.. first[whole..], .. second];
        return Sum(rest, sum);
    }

    /// <summary>Ones-complement addition of two partial sums.</summary>
    public static uint Add(uint a, uint b) => (uint)Fold((ulong)a + b);

    /// <summary>Encodes a 32-bit value (the complement of an HDU sum) as 16 characters from 0-9, A-Z, a-r.</summary>
    public static string Encode(uint value)
    {
        Span<byte> encoded = stackalloc byte[16];
        Span<byte> ch = stackalloc byte[4];
        for (int i = 0; i < 4; i++)
        {
            int b = (int)(value >> (24 - (8 * i))) & 0xFF;
            ch.Fill((byte)((b / 4) + '0'));
            ch[0] += (byte)(b % 4);
            bool changed = true;
            while (changed)
            {
                changed = false;
                for (int j = 0; j < 4; j += 2)
                {
                    if (Excluded.Contains(ch[j]) || Excluded.Contains(ch[j + 1]))
                    {
                        ch[j]++;
                        ch[j + 1]--;
                        changed = true;
                    }
                }
            }

            for (int j = 0; j < 4; j++)
            {
                encoded[(4 * j) + i] = ch[j];
            }
        }

        // The encoded string is rotated right by one character so that it reads better in headers.
        var chars = new char[16];
        for (int i = 0; i < 16; i++)
        {
            chars[i] = (char)encoded[(i + 15) % 16];
        }

        return new string(chars);
    }

    private static ulong Fold(ulong sum)
    {
        while (sum >> 32 != 0)
        {
            sum = (sum & 0xFFFFFFFF) + (sum >> 32);
        }

        return sum;
    }
}
