using System.Buffers.Binary;
using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// A BINTABLE extension: fixed-width rows of typed columns, plus a heap for variable-length arrays.
/// Create new tables with <see cref="BinaryTableBuilder"/>.
/// </summary>
public sealed partial class BinaryTableHdu : FitsHdu
{
    /// <summary>Overlapping heap arrays may address more bytes than the heap holds; beyond this, reading refuses.</summary>
    private const long MaxOverlappedHeapBytes = 256L << 20;

    private readonly List<FitsColumn> _columns;
    private readonly ReadOnlyMemory<byte> _data;

    internal BinaryTableHdu(FitsHeader header, List<FitsColumn> columns, int rowWidth, int rowCount,
        ReadOnlyMemory<byte> data, long heapOffset)
        : base(header)
    {
        _columns = columns;
        RowWidth = rowWidth;
        RowCount = rowCount;
        _data = data;
        HeapOffset = heapOffset;
    }

    /// <summary>The number of rows (NAXIS2).</summary>
    public int RowCount { get; }

    /// <summary>The bytes per row (NAXIS1).</summary>
    public int RowWidth { get; }

    /// <summary>The heap size in bytes (the data after THEAP).</summary>
    public long HeapSize => _data.Length - HeapOffset;

    /// <summary>The columns in order.</summary>
    public IReadOnlyList<FitsColumn> Columns => _columns;

    internal long HeapOffset { get; }

    internal override ReadOnlyMemory<byte> Data => _data;

    /// <summary>Gets a column by name (case-insensitive).</summary>
    /// <exception cref="KeyNotFoundException">No such column; the message lists the columns and suggests a near miss.</exception>
    public FitsColumn GetColumn(string name) =>
        TryGetColumn(name, out FitsColumn? column)
            ? column
            : throw new KeyNotFoundException(NameLookup.NotFound("column", name, _columns.Select(c => c.Name), Where));

    /// <summary>Gets a column by name (case-insensitive); false when there is none.</summary>
    public bool TryGetColumn(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsColumn? column)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (FitsColumn c in _columns)
        {
            if (string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                column = c;
                return true;
            }
        }

        column = null;
        return false;
    }

    internal override void AddMandatoryCards(List<FitsCard> cards, bool primary)
    {
        AddCommon(cards, false, "BINTABLE", 8, [RowWidth, RowCount]);
        AddExtensionCounts(cards, _data.Length - ((long)RowWidth * RowCount));
        cards.Add(FitsCard.Create("TFIELDS", _columns.Count, "number of table fields"));
        if (HeapOffset != (long)RowWidth * RowCount)
        {
            cards.Add(FitsCard.Create("THEAP", HeapOffset, "byte offset of the heap"));
        }
    }

    private string Where => $"Binary table HDU {Index}" + (ExtName is null ? "" : $" [{ExtName}]");

    /// <summary>The bytes of one fixed-width cell.</summary>
    private ReadOnlySpan<byte> Cell(FitsColumn c, int row) =>
        _data.Span.Slice((row * RowWidth) + c.ByteOffset, c.Width);

    /// <summary>The heap bytes and element count of one variable-length cell, validated against the heap.</summary>
    private ReadOnlySpan<byte> HeapCell(FitsColumn c, int row, out int count)
    {
        ReadOnlySpan<byte> cell = Cell(c, row);
        if (c.Width == 0)
        {
            count = 0;
            return default;
        }

        long n, offset;
        if (c.Descriptor == 'P')
        {
            n = BinaryPrimitives.ReadInt32BigEndian(cell);
            offset = BinaryPrimitives.ReadInt32BigEndian(cell[4..]);
        }
        else
        {
            n = BinaryPrimitives.ReadInt64BigEndian(cell);
            offset = BinaryPrimitives.ReadInt64BigEndian(cell[8..]);
        }

        long heap = HeapSize;
        long bytes = c.Type == FitsColumnType.Bit ? (n + 7) / 8 : n * c.ElementSize;
        if (n < 0 || offset < 0 || n > heap || bytes > heap - offset)
        {
            // Computed in decimal: corrupt descriptors can overflow 64-bit arithmetic.
            decimal end = offset + (c.Type == FitsColumnType.Bit ? decimal.Floor(((decimal)n + 7) / 8) : (decimal)n * c.ElementSize);
            throw Context.Error(
                $"heap descriptor (count {n}, offset {offset}) of {c.TForm} needs heap bytes {offset}..{end} but the heap holds {heap} bytes.",
                column: c.Name, row: row);
        }

        count = (int)n;
        return _data.Span.Slice((int)(HeapOffset + offset), (int)bytes);
    }

    private int ElementsPerRow(FitsColumn c, int row, out ReadOnlySpan<byte> source)
    {
        if (c.IsVariableLength)
        {
            source = HeapCell(c, row, out int count);
            return count;
        }

        source = Cell(c, row);
        return (int)c.Repeat;
    }

    /// <summary>Row start offsets of a column's elements; guards the total against absurd heap overlaps.</summary>
    private int[] RowOffsets(FitsColumn c)
    {
        var offsets = new int[RowCount + 1];
        long total = 0;
        for (int r = 0; r < RowCount; r++)
        {
            total += ElementsPerRow(c, r, out _);
            long totalBytes = total * Math.Max(1, c.ElementSize);
            if (total > Array.MaxLength || (c.IsVariableLength && totalBytes > Math.Max(HeapSize, MaxOverlappedHeapBytes)))
            {
                throw Context.Error(
                    $"variable-length arrays up to this row address {totalBytes} bytes, more than the heap's {HeapSize} bytes allows.",
                    column: c.Name, row: r);
            }

            offsets[r + 1] = (int)total;
        }

        return offsets;
    }
}
