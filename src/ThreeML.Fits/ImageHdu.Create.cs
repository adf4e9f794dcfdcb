using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Factories for new images.</summary>
public sealed partial class ImageHdu
{
    /// <summary>Creates an image with no data (the usual primary HDU of table files).</summary>
    public static ImageHdu CreateEmpty() => new(NewHeader(), 8, [], ReadOnlyMemory<byte>.Empty);

    /// <summary>Creates a BITPIX = 8 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(byte[] pixels, params long[] axes) => Create<byte>(pixels, axes);

    /// <summary>Creates a BITPIX = 16 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(short[] pixels, params long[] axes) => Create<short>(pixels, axes);

    /// <summary>Creates a BITPIX = 32 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(int[] pixels, params long[] axes) => Create<int>(pixels, axes);

    /// <summary>Creates a BITPIX = 64 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(long[] pixels, params long[] axes) => Create<long>(pixels, axes);

    /// <summary>Creates a BITPIX = -32 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(float[] pixels, params long[] axes) => Create<float>(pixels, axes);

    /// <summary>Creates a BITPIX = -64 image; <paramref name="axes"/> are NAXIS1 (fastest), NAXIS2, ...</summary>
    /// <exception cref="ArgumentException">The product of the axes differs from the data length.</exception>
    public static ImageHdu Create(double[] pixels, params long[] axes) => Create<double>(pixels, axes);

    private static ImageHdu Create<T>(T[] pixels, long[] axes) where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(axes);
        if (axes.Length is 0 or > 999 || axes.Any(a => a <= 0))
        {
            throw new ArgumentException(
                $"An image needs 1 to 999 positive axis lengths, but got [{string.Join(", ", axes)}].", nameof(axes));
        }

        long product = 1;
        foreach (long a in axes)
        {
            product = a > long.MaxValue / product ? long.MaxValue : product * a;
        }

        if (product != pixels.Length)
        {
            throw new ArgumentException(
                $"Image axes [{string.Join(", ", axes)}] hold {product} pixels but {pixels.Length} were given.", nameof(pixels));
        }

        var bytes = new byte[checked(pixels.Length * SizeOf<T>())];
        BigEndian.Write<T>(pixels, bytes);
        return new ImageHdu(NewHeader(), BitPixOf<T>(), (long[])axes.Clone(), bytes);
    }

    private static FitsHeader NewHeader() => new([], Keywords.IsStructural);
}
