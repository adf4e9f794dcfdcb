using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// An image: the primary HDU (possibly with no data) or an IMAGE extension. Pixels are stored
/// with NAXIS1 varying fastest; physical value = BZERO + BSCALE * stored.
/// </summary>
public sealed partial class ImageHdu : FitsHdu
{
    private readonly ReadOnlyMemory<byte> _data;
    private readonly long[] _axes;

    internal ImageHdu(FitsHeader header, int bitPix, long[] axes, ReadOnlyMemory<byte> data)
        : base(header)
    {
        BitPix = bitPix;
        _axes = axes;
        _data = data;
    }

    /// <summary>BITPIX: 8, 16, 32, 64 (integers) or -32, -64 (IEEE floats).</summary>
    public int BitPix { get; }

    /// <summary>The axis lengths NAXIS1, NAXIS2, ... (empty when the HDU has no data).</summary>
    public IReadOnlyList<long> Axes => _axes;

    /// <summary>The number of pixels (0 when there are no axes).</summary>
    public long PixelCount => _axes.Length == 0 ? 0 : _data.Length / (Math.Abs(BitPix) / 8);

    internal override ReadOnlyMemory<byte> Data => _data;

    /// <summary>Returns the physical pixel values: BZERO + BSCALE * stored, with BLANK pixels as NaN.</summary>
    public double[] ReadAsDouble()
    {
        double scale = Header.TryGetDouble("BSCALE", out double s) ? s : 1.0;
        double zero = Header.TryGetDouble("BZERO", out double z) ? z : 0.0;
        bool hasBlank = BitPix > 0 && Header.TryGetInt64("BLANK", out _);
        long blank = hasBlank ? Header.GetInt64("BLANK") : 0;
        var result = new double[PixelCount];
        ReadOnlySpan<byte> src = _data.Span;
        for (int i = 0; i < result.Length; i++)
        {
            double stored;
            long raw;
            switch (BitPix)
            {
                case 8: raw = src[i]; stored = raw; break;
                case 16: raw = System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(src[(2 * i)..]); stored = raw; break;
                case 32: raw = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(src[(4 * i)..]); stored = raw; break;
                case 64: raw = System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(src[(8 * i)..]); stored = raw; break;
                case -32: raw = 0; stored = System.Buffers.Binary.BinaryPrimitives.ReadSingleBigEndian(src[(4 * i)..]); break;
                default: raw = 0; stored = System.Buffers.Binary.BinaryPrimitives.ReadDoubleBigEndian(src[(8 * i)..]); break;
            }

            result[i] = hasBlank && raw == blank ? double.NaN : zero + (scale * stored);
        }

        return result;
    }

    /// <summary>
    /// Returns the stored pixel values without scaling. T must match BITPIX: byte (8), short (16),
    /// int (32), long (64), float (-32) or double (-64).
    /// </summary>
    /// <exception cref="ArgumentException">T does not match BITPIX.</exception>
    public T[] ReadRaw<T>() where T : unmanaged
    {
        int expected = BitPixOf<T>();
        if (expected != BitPix)
        {
            throw new ArgumentException(
                $"Image HDU {Index} has BITPIX = {BitPix}; read it as {TypeNameOf(BitPix)}, not {typeof(T).Name}.", nameof(T));
        }

        var result = new T[PixelCount];
        BigEndian.Read<T>(_data.Span, result);
        return result;
    }

    internal override void AddMandatoryCards(List<FitsCard> cards, bool primary)
    {
        AddCommon(cards, primary, "IMAGE", BitPix, _axes);
        if (primary)
        {
            cards.Add(FitsCard.Create("EXTEND", true, "extensions may be present"));
        }
        else
        {
            AddExtensionCounts(cards, 0);
        }
    }

    internal static int BitPixOf<T>() where T : unmanaged =>
        typeof(T) == typeof(byte) ? 8
        : typeof(T) == typeof(short) ? 16
        : typeof(T) == typeof(int) ? 32
        : typeof(T) == typeof(long) ? 64
        : typeof(T) == typeof(float) ? -32
        : typeof(T) == typeof(double) ? -64
        : 0;

    private static string TypeNameOf(int bitpix) => bitpix switch
    {
        8 => "byte",
        16 => "short",
        32 => "int",
        64 => "long",
        -32 => "float",
        _ => "double",
    };

    internal static int SizeOf<T>() where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
}
