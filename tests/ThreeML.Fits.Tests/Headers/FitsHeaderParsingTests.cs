using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Headers;

public sealed class FitsHeaderParsingTests
{
    private static FitsHeader PrimaryWith(params string[] cards) =>
        FitsFile.Parse(FitsBytes.Header(
            ["SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", .. cards]), "hand.fits").Primary.Header;

    [Fact]
    public void Quoted_string_with_doubled_quotes_reads_as_single_quotes_and_keeps_leading_spaces()
    {
        FitsHeader h = PrimaryWith("OBJECT  = '  O''Neil''s  '       / the target");
        Assert.Equal("  O'Neil's", h.GetString("OBJECT"));
        Assert.True(h.TryGetCard("OBJECT", out FitsCard? card));
        Assert.Equal("the target", card.Comment);
        Assert.Equal(FitsValueKind.String, card.Kind);
    }

    [Fact]
    public void Continue_cards_join_into_one_long_string_with_the_last_comment()
    {
        FitsHeader h = PrimaryWith(
            "LONGSTRN= 'OGIP 1.0'",
            "FILTER  = 'first part &'",
            "CONTINUE  'second ''quoted'' part&'",
            "CONTINUE  ' end' / final comment",
            "NEXT    =                   42");
        Assert.Equal("first part second 'quoted' part end", h.GetString("FILTER"));
        Assert.True(h.TryGetCard("FILTER", out FitsCard? card));
        Assert.Equal("final comment", card.Comment);
        Assert.Equal(42, h.GetInt32("NEXT"));
        Assert.DoesNotContain(h.Cards, c => c.Key == "CONTINUE");
    }

    [Fact]
    public void Numbers_logicals_and_D_exponents_parse_to_typed_values()
    {
        FitsHeader h = PrimaryWith(
            "EXPOSURE=              1.5D+03 / seconds",
            "TSTART  =           -2.5E-1",
            "FREEFMT = 7",
            "BIGINT  =  9223372036854775807",
            "FLAG    =                    T",
            "OFF     = F",
            "NOVALUE =                      / undefined",
            "CPLX    = (1.5, -2)");
        Assert.Equal(1500.0, h.GetDouble("exposure"));
        Assert.Equal(-0.25, h.GetDouble("TSTART"));
        Assert.Equal(7, h.GetInt64("FREEFMT"));
        Assert.Equal(7.0, h.GetDouble("FREEFMT"));
        Assert.Equal(long.MaxValue, h.GetInt64("BIGINT"));
        Assert.True(h.GetBool("FLAG"));
        Assert.False(h.GetBool("OFF"));
        Assert.True(h.TryGetCard("NOVALUE", out FitsCard? undefined));
        Assert.Equal(FitsValueKind.Undefined, undefined.Kind);
        Assert.Equal("undefined", undefined.Comment);
        Assert.True(h.TryGetCard("CPLX", out FitsCard? complex));
        Assert.Equal(FitsValueKind.Complex, complex.Kind);
    }

    [Fact]
    public void Integral_reals_read_as_integers_but_fractions_do_not()
    {
        FitsHeader h = PrimaryWith("TLMIN1  =                  1.0", "HALF    =                  1.5");
        Assert.Equal(1, h.GetInt32("TLMIN1"));
        var e = Assert.Throws<FitsFormatException>(() => h.GetInt64("HALF"));
        Assert.Contains("HALF = 1.5 is a real; expected an integer", e.Message);
    }

    [Fact]
    public void History_comment_and_blank_cards_are_kept_in_order_as_commentary()
    {
        FitsHeader h = PrimaryWith("HISTORY made by hand = not a value", "", "COMMENT   indented text", "        blank keyword text");
        FitsCard[] commentary = h.Cards.Where(c => c.IsCommentary).ToArray();
        Assert.Equal(["HISTORY", "", "COMMENT", ""], commentary.Select(c => c.Key));
        Assert.Equal("made by hand = not a value", commentary[0].ValueText);
        Assert.Equal("  indented text", commentary[2].ValueText);
        Assert.Equal("blank keyword text", commentary[3].ValueText);
    }

    [Fact]
    public void Missing_keyword_error_names_keyword_file_and_hdu()
    {
        FitsHeader h = PrimaryWith("EXTNAME = 'PRIMARYX'");
        var e = Assert.Throws<FitsFormatException>(() => h.GetDouble("EXPOSURE"));
        Assert.Equal("EXPOSURE", e.Keyword);
        Assert.Equal(0, e.HduIndex);
        Assert.Contains("'hand.fits'", e.Message);
        Assert.Contains("HDU 0 [PRIMARYX]", e.Message);
        Assert.Contains("EXPOSURE is missing", e.Message);
    }

    [Fact]
    public void Ill_typed_keyword_error_says_what_was_found_and_expected()
    {
        FitsHeader h = PrimaryWith("EXPOSURE= 'long'", "BIG     = 4294967296");
        var e = Assert.Throws<FitsFormatException>(() => h.GetDouble("EXPOSURE"));
        Assert.Contains("EXPOSURE = 'long' is a string; expected a real number", e.Message);
        var big = Assert.Throws<FitsFormatException>(() => h.GetInt32("BIG"));
        Assert.Contains("expected a 32-bit integer", big.Message);
        Assert.Equal(4294967296L, h.GetInt64("BIG"));
    }

    [Fact]
    public void Bad_value_syntax_is_an_error_in_strict_mode_and_commentary_in_lenient_mode()
    {
        byte[] bytes = FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", "WEIRD   = 12 apples");
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "bad.fits"));
        Assert.Equal("WEIRD", e.Keyword);
        Assert.Contains("card 4 keyword WEIRD has value field \"12 apples\"", e.Message);

        FitsFile lenient = FitsFile.Parse(bytes, "bad.fits", new FitsReadOptions { Strict = false });
        Assert.True(lenient.Primary.Header.Cards[3].IsCommentary);
        string warning = Assert.Single(lenient.Warnings);
        Assert.Contains("FITS 'bad.fits' HDU 0: header card 4 keyword WEIRD", warning);
        Assert.EndsWith("Kept the card as commentary.", warning);
    }

    [Fact]
    public void Unterminated_string_is_a_syntax_error()
    {
        byte[] bytes = FitsBytes.Header("SIMPLE  =                    T", "BITPIX  =                    8", "NAXIS   =                    0", "OBJECT  = 'no end");
        var e = Assert.Throws<FitsFormatException>(() => FitsFile.Parse(bytes, "bad.fits"));
        Assert.Contains("OBJECT", e.Message);
    }
}
