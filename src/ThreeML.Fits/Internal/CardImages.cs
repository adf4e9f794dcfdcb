namespace ThreeML.Fits.Internal;

/// <summary>
/// A header's 80-column card images, written one after another into one ASCII buffer that is already space-filled and
/// sized in whole 2880-byte blocks, so that the finished header is the buffer itself.
/// </summary>
/// <remarks>Rendering cards straight into bytes spares a string per card image (and several per long string); a
/// results file's header used to allocate about three times its own size in strings.</remarks>
internal sealed class CardImages
{
    private byte[] _bytes;

    /// <summary>Starts an empty header with room for <paramref name="expected"/> images before it must grow.</summary>
    public CardImages(int expected)
    {
        _bytes = Spaces(Blocks(expected) * CardText.BlockLength);
    }

    /// <summary>The number of images written so far.</summary>
    public int Count { get; private set; }

    /// <summary>The next image: 80 bytes of spaces to write into.</summary>
    public Span<byte> Next()
    {
        int end = (Count + 1) * CardText.CardLength;
        if (end > _bytes.Length)
        {
            byte[] larger = Spaces(Math.Max(2 * _bytes.Length, Blocks(Count + 1) * CardText.BlockLength));
            _bytes.CopyTo(larger, 0);
            _bytes = larger;
        }

        Span<byte> image = _bytes.AsSpan(Count * CardText.CardLength, CardText.CardLength);
        Count++;
        return image;
    }

    /// <summary>The images as whole header blocks, space-padded after the last one.</summary>
    public byte[] ToBlocks()
    {
        int length = Blocks(Count) * CardText.BlockLength;
        return length == _bytes.Length ? _bytes : _bytes.AsSpan(0, length).ToArray();
    }

    private static int Blocks(int images) => Math.Max(1, (images + 35) / 36);

    private static byte[] Spaces(int length)
    {
        var bytes = new byte[length];
        bytes.AsSpan().Fill((byte)' ');
        return bytes;
    }
}
