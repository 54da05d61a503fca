namespace Guide.Search;

/// <summary>
/// The slots of a hash table that numbers its keys 0, 1, 2… in order of first appearance, with linear
/// probing and at most half full. <see cref="SpanIds"/> and <see cref="HanPairIds"/> keep the keys and
/// probe for them; the slots, the numbering and the growth are the same for both.
/// </summary>
/// <remarks>Nothing is ever written in table order, so the slots' order never reaches the output.</remarks>
internal abstract class IdSlots
{
    private int[] _slots = new int[1024]; // 1 + the number of the entry in each slot; 0 for an empty one

    public int Count { get; private set; }

    /// <summary>Where a hash's probe starts, and how far it wraps.</summary>
    protected int Mask => _slots.Length - 1;

    /// <summary>The number of the key in <paramref name="slot"/>, or -1 for an empty slot.</summary>
    protected int IdIn(int slot) => _slots[slot] - 1;

    /// <summary>
    /// Gives the next number, <see cref="Count"/> as it was, to the key whose empty <paramref name="slot"/>
    /// a probe found; the key must be kept under that number first, as growing rehashes every key.
    /// </summary>
    protected void Fill(int slot)
    {
        _slots[slot] = ++Count;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }
    }

    /// <summary>The hash of key <paramref name="id"/>, as the probe for it starts from.</summary>
    protected abstract int HashOf(int id);

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = Mask;
        for (var id = 0; id < Count; id++)
        {
            var slot = HashOf(id) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = id + 1;
        }
    }
}
