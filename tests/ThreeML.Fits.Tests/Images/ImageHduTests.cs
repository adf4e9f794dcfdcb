using System.Buffers.Binary;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Images;

public sealed class ImageHduTests
{
    private static ImageHdu RoundTrip(ImageHdu image, bool asPrimary)
    {
        var file = new FitsFile();
        if (!asPrimary)
        {
            file.Add(ImageHdu.CreateEmpty());
        }

        file.Add(image);
        return (ImageHdu)FitsFile.Parse(Sample.Bytes(file), "image.fits")[asPrimary ? 0 : 1];
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_BITPIX_round_trips_as_primary_and_as_extension(bool asPrimary)
    {
        Assert.Equal(new byte[] { 0, 1, 255, 7 }, RoundTrip(ImageHdu.Create(new byte[] { 0, 1, 255, 7 }, 2, 2), asPrimary).ReadRaw<byte>());
        Assert.Equal(new short[] { short.MinValue, -1, 0, short.MaxValue }, RoundTrip(ImageHdu.Create(new short[] { short.MinValue, -1, 0, short.MaxValue }, 4), asPrimary).ReadRaw<short>());
        Assert.Equal(new[] { int.MinValue, 5, 6, int.MaxValue, 1, 2 }, RoundTrip(ImageHdu.Create(new[] { int.MinValue, 5, 6, int.MaxValue, 1, 2 }, 3, 2), asPrimary).ReadRaw<int>());
        Assert.Equal(new[] { long.MinValue, long.MaxValue }, RoundTrip(ImageHdu.Create(new[] { long.MinValue, long.MaxValue }, 2), asPrimary).ReadRaw<long>());
        Assert.Equal(new[] { 1.5f, float.NaN }, RoundTrip(ImageHdu.Create(new[] { 1.5f, float.NaN }, 2), asPrimary).ReadRaw<float>());
        ImageHdu d = RoundTrip(ImageHdu.Create(new[] { 1e-300, -2.0, 3.0 }, 1, 3, 1), asPrimary);
        Assert.Equal(new[] { 1e-300, -2.0, 3.0 }, d.ReadRaw<double>());
        Assert.Equal([1L, 3L, 1L], d.Axes);
        Assert.Equal(-64, d.BitPix);
    }

    [Fact]
    public void ReadAsDouble_applies_BSCALE_BZERO_and_BLANK()
    {
        ImageHdu image = ImageHdu.Create(new short[] { -32768, 0, 10, -1 }, 4);
        image.Header.Set("BSCALE", 2.0);
        image.Header.Set("BZERO", 32768.0);
        image.Header.Set("BLANK", -1L);
        double[] values = RoundTrip(image, false).ReadAsDouble();
        Assert.Equal(new[] { -32768.0, 32768.0, 32788.0 }, values[..3]);
        Assert.True(double.IsNaN(values[3]));
    }

    [Fact]
    public void ReadRaw_with_the_wrong_type_names_the_right_one()
    {
        var e = Assert.Throws<ArgumentException>(() => ImageHdu.Create(new short[] { 1 }, 1).ReadRaw<int>());
        Assert.Contains("BITPIX = 16; read it as short, not Int32", e.Message);
    }

    [Fact]
    public void Create_checks_that_axes_match_the_pixel_count()
    {
        Assert.Contains("hold 6 pixels but 5 were given", Assert.Throws<ArgumentException>(() => ImageHdu.Create(new double[5], 3, 2)).Message);
        Assert.Contains("positive axis lengths", Assert.Throws<ArgumentException>(() => ImageHdu.Create(new double[1])).Message);
    }

    [Fact]
    public void Hand_built_BITPIX_32_primary_image_decodes_with_scaling()
    {
        var data = new byte[12];
        BinaryPrimitives.WriteInt32BigEndian(data, 1);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), -2);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), 3);
        byte[] bytes = FitsBytes.Concat(FitsBytes.Header(
            "SIMPLE  =                    T", "BITPIX  =                   32", "NAXIS   =                    1",
            "NAXIS1  =                    3", "BSCALE  =                 0.5D0", "BZERO   =                  1.0"), FitsBytes.Data(data));
        var image = (ImageHdu)FitsFile.Parse(bytes, "img.fits").Primary;
        Assert.Equal([1.5, 0.0, 2.5], image.ReadAsDouble());
        Assert.Equal(3, image.PixelCount);
    }
}
