using System.Globalization;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>Splits a FITS byte image into HDUs, validating the layout keywords against the file size.</summary>
internal static class FitsReader
{
    public static List<FitsHdu> Parse(ReadOnlyMemory<byte> file, string name, FitsReadOptions options, ReadIssues issues)
    {
        var hdus = new List<FitsHdu>();
        if (file.Length == 0)
        {
            throw new FitsFormatException("the file is empty; a FITS file starts with a 2880-byte primary header.", name);
        }

        long position = 0;
        while (position < file.Length)
        {
            int index = hdus.Count;
            if (index > 0 && !file.Span[(int)position..].StartsWith("XTENSION"u8))
            {
                if (file.Span[(int)position..].IndexOfAnyExcept((byte)0) >= 0)
                {
                    issues.Problem(
                        new FitsFormatException(
                            $"bytes after HDU {index - 1} at offset {position} do not start with XTENSION; expected another extension or the end of the file.",
                            name, index, keyword: "XTENSION"),
                        "Ignored the rest of the file.");
                }

                break;
            }

            hdus.Add(ReadHdu(file, name, index, ref position, options, issues));
        }

        return hdus;
    }

    private static FitsHdu ReadHdu(ReadOnlyMemory<byte> file, string name, int index, ref long position, FitsReadOptions options, ReadIssues issues)
    {
        long start = position;
        var ctx = new FitsContext(name, index, null);
        List<FitsCard> cards = HeaderReader.Read(file.Span, ref position, ctx, issues);
        long dataStart = position;
        bool primary = index == 0;
        var header = new FitsHeader(cards, Keywords.IsStructural) { FilePath = name, HduIndex = index };
        ctx = header.Context;
        string first = primary ? "SIMPLE" : "XTENSION";
        if (cards.Count == 0 || cards[0].Key != first)
        {
            throw ctx.Error($"the first header card is '{(cards.Count == 0 ? "END" : cards[0].Key)}'; expected {first}.", first);
        }

        if (primary && !header.GetBool("SIMPLE"))
        {
            issues.Problem(ctx.Error("SIMPLE = F: the file does not declare conformance to the FITS standard.", "SIMPLE"), "Read it as FITS anyway.");
        }

        string xtension = primary ? "" : header.GetString("XTENSION").Trim();
        int bitpix = header.GetInt32("BITPIX");
        if (bitpix is not (8 or 16 or 32 or 64 or -32 or -64))
        {
            throw ctx.Error($"BITPIX = {bitpix}; expected 8, 16, 32, 64, -32 or -64.", "BITPIX");
        }

        long naxis = header.GetInt64("NAXIS");
        if (naxis is < 0 or > 999)
        {
            throw ctx.Error($"NAXIS = {naxis}; expected 0 to 999.", "NAXIS");
        }

        var axes = new long[naxis];
        for (int i = 0; i < naxis; i++)
        {
            string key = "NAXIS" + (i + 1).ToString(CultureInfo.InvariantCulture);
            axes[i] = header.GetInt64(key);
            if (axes[i] < 0)
            {
                throw ctx.Error($"{key} = {axes[i]}; axis lengths cannot be negative.", key);
            }
        }

        bool groups = primary && naxis > 0 && axes[0] == 0 && header.TryGetBool("GROUPS", out bool g) && g;
        long pcount = primary && !groups ? 0 : header.GetInt64("PCOUNT");
        long gcount = primary && !groups ? 1 : header.GetInt64("GCOUNT");
        if (pcount < 0 || gcount < 0)
        {
            throw ctx.Error($"PCOUNT = {pcount}, GCOUNT = {gcount}; neither may be negative.", pcount < 0 ? "PCOUNT" : "GCOUNT");
        }

        long dataSize = DataSize(bitpix, axes, pcount, gcount, groups, ctx);
        long remaining = file.Length - dataStart;
        if (dataSize > remaining)
        {
            string what = xtension is "BINTABLE" or "TABLE" && axes.Length == 2
                ? $"NAXIS2 = {axes[1]} rows of {axes[0]} bytes" + (pcount > 0 ? $" plus a {pcount}-byte heap (PCOUNT)" : "")
                : $"the data (BITPIX = {bitpix}, NAXIS = {naxis}{string.Concat(axes.Select((a, i) => $", NAXIS{i + 1} = {a}"))})";
            throw ctx.Error($"{what} need {dataSize} bytes but only {remaining} remain in the file.", axes.Length == 2 ? "NAXIS2" : "NAXIS");
        }

        long padded = (dataSize + CardText.BlockLength - 1) / CardText.BlockLength * CardText.BlockLength;
        if (padded > remaining)
        {
            issues.Problem(
                ctx.Error($"the data end at byte {dataStart + dataSize} but the file ends at byte {file.Length}, before the 2880-byte block is complete (truncated file)."),
                "Read the data that are present.");
        }

        position = dataStart + Math.Min(padded, remaining);
        if (options.VerifyChecksums)
        {
            try
            {
                VerifyChecksums(file.Span[(int)start..(int)dataStart], file.Span[(int)dataStart..(int)position], header, ctx);
            }
            catch (FitsFormatException e) when (options.ChecksumMismatchIsWarning)
            {
                issues.Warn(e, "Read anyway (checksum mismatches were asked to be warnings).");
            }
        }

        ReadOnlyMemory<byte> data = file.Slice((int)dataStart, (int)dataSize);
        FitsHdu hdu = xtension switch
        {
            _ when groups => new UnknownHdu(Reserve(header, UnknownHdu.Reserved), "", bitpix, axes, pcount, gcount, data),
            "" or "IMAGE" => RequireImage(header, bitpix, axes, pcount, gcount, data, ctx),
            "BINTABLE" or "A3DTABLE" => TableReader.ReadBinary(Reserve(header, Keywords.IsTableReserved), bitpix, axes, pcount, gcount, data, ctx),
            "TABLE" => TableReader.ReadAscii(Reserve(header, Keywords.IsTableReserved), bitpix, axes, gcount, data, ctx),
            _ => new UnknownHdu(header, xtension, bitpix, axes, pcount, gcount, data),
        };
        hdu.Index = index;
        return hdu;
    }

    private static FitsHeader Reserve(FitsHeader header, Func<string, bool> isReserved) =>
        new(header.Cards.ToList(), isReserved) { FilePath = header.FilePath, HduIndex = header.HduIndex };

    private static ImageHdu RequireImage(FitsHeader header, int bitpix, long[] axes, long pcount, long gcount, ReadOnlyMemory<byte> data, FitsContext ctx)
    {
        if (pcount != 0 || gcount != 1)
        {
            throw ctx.Error($"an image has PCOUNT = {pcount}, GCOUNT = {gcount}; expected 0 and 1.", pcount != 0 ? "PCOUNT" : "GCOUNT");
        }

        return new ImageHdu(header, bitpix, axes, data);
    }

    private static long DataSize(int bitpix, long[] axes, long pcount, long gcount, bool groups, FitsContext ctx)
    {
        if (axes.Length == 0)
        {
            return 0;
        }

        try
        {
            long product = 1;
            for (int i = groups ? 1 : 0; i < axes.Length; i++)
            {
                product = checked(product * axes[i]);
            }

            long size = checked(Math.Abs(bitpix) / 8 * gcount * (pcount + product));
            return size;
        }
        catch (OverflowException e)
        {
            throw ctx.Error("the data size from BITPIX, NAXISn, PCOUNT and GCOUNT overflows 64 bits.", "NAXIS", inner: e);
        }
    }

    private static void VerifyChecksums(ReadOnlySpan<byte> headerBytes, ReadOnlySpan<byte> dataBytes, FitsHeader header, FitsContext ctx)
    {
        uint dataSum = FitsChecksum.Sum(dataBytes);
        if (header.TryGetCard("DATASUM", out FitsCard? ds))
        {
            if (!ds.TryGetString(out string text) || !uint.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out uint stated) || stated != dataSum)
            {
                throw ctx.Error($"DATASUM = '{ds.ValueText}' but the data sum to {dataSum}: the data are corrupt.", "DATASUM");
            }
        }

        if (header.Contains("CHECKSUM"))
        {
            uint total = FitsChecksum.Add(FitsChecksum.Sum(headerBytes), dataSum);
            if (total != uint.MaxValue)
            {
                throw ctx.Error($"CHECKSUM = '{header.GetString("CHECKSUM")}' does not verify: the HDU sums to {total}, expected 4294967295 (-0); the HDU is corrupt.", "CHECKSUM");
            }
        }
    }
}
