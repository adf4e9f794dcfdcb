using System.Text;

namespace ThreeML.Fits.Tests.Support;

/// <summary>Builds FITS bytes by hand, independently of the library's writer, from literal card images.</summary>
internal static class FitsBytes
{
    public static byte[] Header(params string[] cards)
    {
        var sb = new StringBuilder();
        foreach (string card in cards)
        {
            if (card.Length > 80)
            {
                throw new ArgumentException($"test card longer than 80 characters: {card}");
            }

            sb.Append(card.PadRight(80));
        }

        sb.Append("END".PadRight(80));
        while (sb.Length % 2880 != 0)
        {
            sb.Append(' ');
        }

        return Encoding.ASCII.GetBytes(sb.ToString());
    }

    public static byte[] Data(byte[] data)
    {
        var padded = new byte[(data.Length + 2879) / 2880 * 2880];
        data.CopyTo(padded, 0);
        return padded;
    }

    public static byte[] EmptyPrimary() =>
        Header("SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", "EXTEND  =                    T");

    public static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    /// <summary>A card "KEY = value" with the value starting in column 11, as typed (not right-justified).</summary>
    public static string Card(string key, string value) => key.PadRight(8) + "= " + value;
}
