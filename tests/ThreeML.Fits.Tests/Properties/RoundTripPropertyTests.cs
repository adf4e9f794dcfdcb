using CsCheck;
using ThreeML.Fits.Tests.Support;

namespace ThreeML.Fits.Tests.Properties;

/// <summary>Generated headers and tables survive a write and a read unchanged.</summary>
public sealed class RoundTripPropertyTests
{
    private static readonly Gen<string> PrintableText =
        Gen.String[Gen.Char[' ', '~'], 0, 300].Select(s => s.TrimEnd());

    private static FitsFile ReadBack(FitsFile file) => FitsFile.Parse(Sample.Bytes(file), "property.fits");

    [Fact]
    public void Header_values_of_every_kind_read_back_identically()
    {
        Gen.Select(PrintableText, Gen.Long, Gen.Double.Where(double.IsFinite), Gen.Bool, PrintableText)
            .SampleFixed((text, integer, real, logical, comment) =>
            {
                var image = ImageHdu.CreateEmpty();
                image.Header.Set("TEXT", text, comment.Length > 40 ? comment[..40] : comment);
                image.Header.Set("INTEGER", integer);
                image.Header.Set("REAL", real);
                image.Header.Set("LOGICAL", logical);
                image.Header.AddHistory(comment);
                var file = new FitsFile();
                file.Add(image);
                FitsHeader back = ReadBack(file).Primary.Header;
                Assert.Equal(text, back.GetString("TEXT"));
                Assert.Equal(integer, back.GetInt64("INTEGER"));
                Assert.Equal(BitConverter.DoubleToInt64Bits(real), BitConverter.DoubleToInt64Bits(back.GetDouble("REAL")));
                Assert.Equal(logical, back.GetBool("LOGICAL"));
                Assert.Equal(comment, string.Concat(back.Cards.Where(c => c.Key == "HISTORY").Select(c => c.ValueText)).TrimEnd());
            }, iter: 300);
    }

    [Fact]
    public void Tables_of_scalar_vector_and_variable_length_columns_read_back_identically()
    {
        Gen<int> rowCount = Gen.Int[0, 40];
        rowCount.SelectMany(rows => Gen.Select(
                Gen.Double.Array[rows],
                Gen.Int.Array[rows],
                Gen.Short.Array[rows],
                Gen.Float.Array[3].Array[rows],
                Gen.Double.Array[0, 20].Array[rows],
                Gen.String[Gen.Char['!', '~'], 0, 12].Array[rows]))
            .SampleFixed((d, j, i, vector, vla, text) =>
            {
                var file = new FitsFile();
                file.Add(new BinaryTableBuilder("T")
                    .AddColumn("D", d).AddColumn("J", j).AddColumn("I", i).AddColumn("S", text)
                    .AddArrayColumn("V", vector).AddVariableLengthColumn("P", vla)
                    .Build());
                var t = (BinaryTableHdu)ReadBack(file)[1];
                Assert.Equal(d.Length, t.RowCount);
                Assert.Equal(d.Select(BitConverter.DoubleToInt64Bits), t.ReadDoubles("D").Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(j, t.ReadInt32s("J"));
                Assert.Equal(i, t.ReadInt16s("I"));
                Assert.Equal(text, t.ReadStrings("S"));
                Assert.Equal(vector.SelectMany(r => r).Select(BitConverter.SingleToInt32Bits), t.ReadSingles("V").Select(BitConverter.SingleToInt32Bits));
                Assert.Equal(vla.Select(r => r.Select(BitConverter.DoubleToInt64Bits)), t.ReadDoubleArrays("P").Select(r => r.Select(BitConverter.DoubleToInt64Bits)));
            }, iter: 200);
    }
}
