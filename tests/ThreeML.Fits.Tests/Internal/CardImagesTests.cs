using System.Text;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits.Tests.Internal;

public sealed class CardImagesTests
{
    [Theory]
    [InlineData(1, 1, 2880)]
    [InlineData(1, 36, 2880)]
    [InlineData(1, 37, 5760)]
    [InlineData(40, 3, 2880)]
    [InlineData(2, 200, 6 * 2880)]
    public void Images_keep_their_text_through_growth_and_end_in_whole_space_padded_blocks(int expected, int count, int length)
    {
        var images = new CardImages(expected);
        for (int i = 0; i < count; i++)
        {
            Span<byte> image = images.Next();
            Assert.True(image.ToArray().All(b => b == (byte)' '));
            Encoding.ASCII.GetBytes($"CARD{i}", image);
        }

        byte[] blocks = images.ToBlocks();
        Assert.Equal(count, images.Count);
        Assert.Equal(length, blocks.Length);
        for (int i = 0; i < count; i++)
        {
            Assert.Equal($"CARD{i}".PadRight(80), Encoding.ASCII.GetString(blocks, i * 80, 80));
        }

        Assert.True(blocks.AsSpan(count * 80).ToArray().All(b => b == (byte)' '));
    }
}
