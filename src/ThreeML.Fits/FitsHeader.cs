using ThreeML.Fits.Internal;

namespace ThreeML.Fits;

/// <summary>
/// The ordered cards of one HDU header. Keyword lookups are case-insensitive and return the first
/// card with that keyword. Keywords that describe the data layout (BITPIX, NAXISn, TFORMn, ...)
/// are owned by the HDU and cannot be changed here; use the builders to change the data.
/// </summary>
public sealed partial class FitsHeader
{
    private readonly List<FitsCard> _cards;
    private readonly Func<string, bool> _isReserved;

    internal FitsHeader(List<FitsCard> cards, Func<string, bool> isReserved)
    {
        _cards = cards;
        _isReserved = isReserved;
    }

    /// <summary>The cards in file order (CONTINUE cards already joined, no END card).</summary>
    public IReadOnlyList<FitsCard> Cards => _cards;

    /// <summary>The file the header was read from (or "(in memory)"), used in error messages.</summary>
    internal string FilePath { get; set; } = FitsContext.InMemory;

    /// <summary>The zero-based HDU index, used in error messages.</summary>
    internal int? HduIndex { get; set; }

    internal FitsContext Context =>
        new(FilePath, HduIndex, TryGetString("EXTNAME", out string name) ? name.Trim() : null);

    /// <summary>True when a card with this keyword and a value exists (commentary cards such as HISTORY are not looked up).</summary>
    public bool Contains(string key) => IndexOf(key) >= 0;

    /// <summary>Gets the first valued card with this keyword (commentary cards are not looked up).</summary>
    public bool TryGetCard(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out FitsCard? card)
    {
        int i = IndexOf(key);
        card = i >= 0 ? _cards[i] : null;
        return card is not null;
    }

    /// <summary>Sets a string keyword, replacing the first card with this keyword or appending one.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved, invalid, or the text is not printable ASCII.</exception>
    public void Set(string key, string value, string? comment = null) => Put(FitsCard.Create(key, value, comment));

    /// <summary>Sets an integer keyword, replacing the first card with this keyword or appending one.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid.</exception>
    public void Set(string key, long value, string? comment = null) => Put(FitsCard.Create(key, value, comment));

    /// <summary>Sets a real keyword, replacing the first card with this keyword or appending one.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid, or the value is not finite.</exception>
    public void Set(string key, double value, string? comment = null) => Put(FitsCard.Create(key, value, comment));

    /// <summary>Sets a logical keyword, replacing the first card with this keyword or appending one.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved or invalid.</exception>
    public void Set(string key, bool value, string? comment = null) => Put(FitsCard.Create(key, value, comment));

    /// <summary>Appends a HISTORY card (split over several cards when longer than 72 characters).</summary>
    public void AddHistory(string text) => _cards.Add(FitsCard.Commentary("HISTORY", text));

    /// <summary>Appends a COMMENT card (split over several cards when longer than 72 characters).</summary>
    public void AddComment(string text) => _cards.Add(FitsCard.Commentary("COMMENT", text));

    /// <summary>Removes every card with this keyword; returns whether any was removed.</summary>
    /// <exception cref="ArgumentException">The keyword is reserved.</exception>
    public bool Remove(string key)
    {
        string upper = CheckNotReserved(key);
        return _cards.RemoveAll(c => c.Key == upper) > 0;
    }

    /// <summary>Adds or replaces a card without the reserved-keyword check (for readers and builders).</summary>
    internal void PutInternal(FitsCard card)
    {
        int i = IndexOf(card.Key);
        if (i >= 0 && !card.IsCommentary)
        {
            _cards[i] = card;
        }
        else
        {
            _cards.Add(card);
        }
    }

    private void Put(FitsCard card)
    {
        CheckNotReserved(card.Key);
        PutInternal(card);
    }

    private string CheckNotReserved(string key)
    {
        string upper = CardText.ValidateKey(key);
        if (_isReserved(upper))
        {
            throw new ArgumentException(
                $"FITS keyword {upper} describes the data layout and is set by the HDU; build a new HDU to change it.", nameof(key));
        }

        return upper;
    }

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (int i = 0; i < _cards.Count; i++)
        {
            if (string.Equals(_cards[i].Key, key, StringComparison.OrdinalIgnoreCase) && !_cards[i].IsCommentary)
            {
                return i;
            }
        }

        return -1;
    }
}
