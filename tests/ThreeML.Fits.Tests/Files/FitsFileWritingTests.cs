using System.Text;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Files;

public sealed class FitsFileWritingTests
{
    private static string[] HeaderCards(byte[] bytes, int blockStart = 0)
    {
        var cards = new List<string>();
        for (int i = blockStart; ; i += 80)
        {
            string card = Encoding.ASCII.GetString(bytes, i, 80);
            cards.Add(card);
            if (card.StartsWith("END     ", StringComparison.Ordinal))
            {
                return [.. cards];
            }
        }
    }

    [Fact]
    public void Layout_is_2880_byte_blocks_with_END_space_padded_headers_and_zero_padded_data()
    {
        byte[] bytes = Sample.Bytes(Sample.TableFile());
        Assert.Equal(0, bytes.Length % 2880);
        string[] primary = HeaderCards(bytes);
        Assert.Equal("SIMPLE  =                    T", primary[0].TrimEnd()[..30]);
        Assert.Equal(["SIMPLE", "BITPIX", "NAXIS", "EXTEND"], primary[..4].Select(c => c[..8].TrimEnd()));
        int afterEnd = primary.Length * 80;
        Assert.All(bytes[afterEnd..2880], b => Assert.Equal((byte)' ', b));

        string[] table = HeaderCards(bytes, 2880);
        Assert.Equal(["XTENSION", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "PCOUNT", "GCOUNT", "TFIELDS"],
            table[..8].Select(c => c[..8].TrimEnd()));
        Assert.Equal("XTENSION= 'BINTABLE'", table[0][..20]);
        int dataStart = 2880 * (1 + ((table.Length * 80) + 2879) / 2880);
        var t = (BinaryTableHdu)FitsFile.Parse(bytes, "x.fits")[1];
        long dataLength = (long)t.RowWidth * t.RowCount + t.HeapSize;
        long dataEnd = dataStart + dataLength;
        long paddedEnd = dataStart + (dataLength + 2879) / 2880 * 2880;
        Assert.All(bytes[(int)dataEnd..(int)paddedEnd], b => Assert.Equal(0, b));
    }

    [Fact]
    public void Fixed_format_values_end_in_column_30_and_string_fields_are_padded_to_column_30()
    {
        var image = ImageHdu.CreateEmpty();
        image.Header.Set("EXPOSURE", 12.5, "seconds");
        image.Header.Set("DETCHANS", 128L);
        image.Header.Set("POISSERR", true);
        image.Header.Set("OBJECT", "it's");
        image.Header.Set("TELESCOP", "GLAST", "mission");
        var file = new FitsFile();
        file.Add(image);
        string[] cards = HeaderCards(Sample.Bytes(file));
        Assert.Contains("EXPOSURE=                 12.5 / seconds".PadRight(80), cards);
        Assert.Contains("DETCHANS=                  128".PadRight(80), cards);
        Assert.Contains("POISSERR=                    T".PadRight(80), cards);
        Assert.Contains("OBJECT  = 'it''s   '".PadRight(80), cards);
        Assert.Contains("TELESCOP= 'GLAST   '           / mission".PadRight(80), cards);
    }

    [Fact]
    public void Long_strings_are_written_with_CONTINUE_and_LONGSTRN_and_read_back_whole()
    {
        string value = string.Concat(Enumerable.Range(0, 30).Select(i => $"part{i}'s ")).TrimEnd();
        var image = ImageHdu.CreateEmpty();
        image.Header.Set("LONGVAL", value, "a comment");
        var file = new FitsFile();
        file.Add(image);
        byte[] bytes = Sample.Bytes(file);
        string[] cards = HeaderCards(bytes);
        Assert.Contains(cards, c => c.StartsWith("LONGSTRN= 'OGIP 1.0'", StringComparison.Ordinal));
        Assert.True(cards.Count(c => c.StartsWith("CONTINUE  '", StringComparison.Ordinal)) >= 3);
        Assert.All(cards.Where(c => c.StartsWith("LONGVAL", StringComparison.Ordinal) || c.StartsWith("CONTINUE", StringComparison.Ordinal)),
            c => Assert.Equal(80, c.Length));

        FitsHeader back = FitsFile.Parse(bytes, "long.fits").Primary.Header;
        Assert.Equal(value, back.GetString("LONGVAL"));
        Assert.True(back.TryGetCard("LONGVAL", out FitsCard? card));
        Assert.Equal("a comment", card.Comment);
    }

    [Fact]
    public void Long_history_is_split_over_several_cards()
    {
        var image = ImageHdu.CreateEmpty();
        image.Header.AddHistory(new string('h', 100));
        var file = new FitsFile();
        file.Add(image);
        FitsHeader back = FitsFile.Parse(Sample.Bytes(file), "h.fits").Primary.Header;
        Assert.Equal(new string('h', 100), string.Concat(back.Cards.Where(c => c.Key == "HISTORY").Select(c => c.ValueText)));
    }

    [Fact]
    public void Real_values_round_trip_bit_exactly_in_headers()
    {
        double[] values = [0.1, -1.0 / 3, 1e-300, 6.02214076e23, -0.0, 123456789.0];
        var image = ImageHdu.CreateEmpty();
        for (int i = 0; i < values.Length; i++)
        {
            image.Header.Set("V" + i, values[i]);
        }

        var file = new FitsFile();
        file.Add(image);
        FitsHeader back = FitsFile.Parse(Sample.Bytes(file), "r.fits").Primary.Header;
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(values[i]), BitConverter.DoubleToInt64Bits(back.GetDouble("V" + i)));
            Assert.True(back.TryGetCard("V" + i, out FitsCard? card));
            Assert.Equal(FitsValueKind.Real, card.Kind);
        }
    }

    [Fact]
    public void Write_is_atomic_and_leaves_no_temporary_file()
    {
        using var temp = new TempFolder();
        string path = temp.File("out.fits");
        File.WriteAllText(path, "old content");
        Sample.TableFile().Write(path);
        Assert.Equal(["out.fits"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        Assert.Equal(3, FitsFile.Read(path).Hdus.Count);
    }

    [Fact]
    public void Failed_write_keeps_the_previous_file_and_removes_the_temporary()
    {
        using var temp = new TempFolder();
        string path = temp.File("out.fits");
        File.WriteAllText(path, "old content");
        Assert.Throws<InvalidOperationException>(() => new FitsFile().Write(path));
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Gz_paths_are_compressed_and_read_back_by_magic_bytes()
    {
        using var temp = new TempFolder();
        string path = temp.File("table.fits.gz");
        Sample.TableFile().Write(path);
        byte[] raw = File.ReadAllBytes(path);
        Assert.Equal((0x1F, 0x8B), (raw[0], raw[1]));
        FitsFile back = FitsFile.Read(path);
        Assert.Equal([10.5, 0.0, -3.25], back.GetExtension<BinaryTableHdu>("SPECTRUM").ReadDoubles("COUNTS"));
        using var stream = File.OpenRead(path);
        Assert.Equal(3, FitsFile.Read(stream, "stream.gz").Hdus.Count);
    }

    [Fact]
    public void Adding_a_table_first_inserts_an_empty_primary()
    {
        FitsFile file = Sample.TableFile();
        var primary = Assert.IsType<ImageHdu>(file.Primary);
        Assert.Empty(primary.Axes);
        Assert.Equal([0, 1, 2], file.Hdus.Select(h => h.Index));
        Assert.Contains("already belongs to a file", Assert.Throws<ArgumentException>(() => file.Add(file[1])).Message);
    }

    [Fact]
    public void A_string_of_68_escaped_characters_takes_one_card_and_one_more_continues()
    {
        // 65 letters, a quote (doubled) and a letter: 68 characters between the quotes, the most one card holds. With
        // one letter more before the quote, the quote would end the first card's 67 characters of a continued string
        // half-written, so it starts the next card whole.
        string fits = new string('a', 65) + "'b";
        string over = new string('a', 66) + "'bc";
        var image = ImageHdu.CreateEmpty();
        image.Header.Set("FITS", fits);
        image.Header.Set("OVER", over);
        var file = new FitsFile();
        file.Add(image);
        byte[] bytes = Sample.Bytes(file);
        string[] cards = HeaderCards(bytes);

        Assert.Contains("FITS    = '" + new string('a', 65) + "''b'", cards);
        int first = Array.FindIndex(cards, c => c.StartsWith("OVER    = ", StringComparison.Ordinal));
        Assert.Equal("OVER    = '" + new string('a', 66) + "&'", cards[first].TrimEnd());
        Assert.Equal("CONTINUE  '''bc'", cards[first + 1].TrimEnd());
        Assert.Equal(over, FitsFile.Parse(bytes, "edge.fits").Primary.Header.GetString("OVER"));
    }

    [Fact]
    public void A_comment_is_cut_at_column_80_and_left_out_when_the_value_leaves_no_room()
    {
        var image = ImageHdu.CreateEmpty();
        image.Header.Set("LONGCOM", 1L, new string('c', 100));
        image.Header.Set("FULL", new string('v', 68), "no room");
        var file = new FitsFile();
        file.Add(image);
        string[] cards = HeaderCards(Sample.Bytes(file));

        Assert.Contains("LONGCOM =                    1 / " + new string('c', 47), cards);
        Assert.Contains("FULL    = '" + new string('v', 68) + "'", cards);
    }

    [Fact]
    public void A_header_of_many_continued_cards_spans_whole_blocks_and_reads_back()
    {
        // Trailing spaces move to the next commentary image and doubled quotes are never split, so these cards take more
        // images than their lengths suggest.
        string spaced = string.Concat(Enumerable.Repeat("x" + new string(' ', 71), 40)).TrimEnd();
        string quoted = string.Concat(Enumerable.Repeat("it's ", 60)).TrimEnd();
        var image = ImageHdu.CreateEmpty();
        for (int i = 0; i < 3; i++)
        {
            image.Header.AddHistory(spaced);
            image.Header.Set($"LONG{i}", quoted);
        }

        var file = new FitsFile();
        file.Add(image);
        byte[] bytes = Sample.Bytes(file);

        Assert.Equal(0, bytes.Length % 2880);
        Assert.True(HeaderCards(bytes).Length > 36 * 3, $"{HeaderCards(bytes).Length} cards");
        FitsHeader back = FitsFile.Parse(bytes, "long.fits").Primary.Header;
        Assert.Equal(string.Concat(Enumerable.Repeat(spaced, 3)),
            string.Concat(back.Cards.Where(c => c.Key == "HISTORY").Select(c => c.ValueText)));
        Assert.Equal(quoted, back.GetString("LONG2"));
    }
}
