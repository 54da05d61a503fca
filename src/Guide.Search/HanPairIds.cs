namespace Guide.Search;

/// <summary>
/// Numbers distinct pairs of Han characters (by code point), counting up from 0 in order of first
/// appearance, for the index builder's lookups of every pair in the text.
/// </summary>
/// <remarks>A table of our own for the reason <see cref="SpanIds"/> gives.</remarks>
internal sealed class HanPairIds : IdSlots
{
    private long[] _keys = new long[512];

    /// <summary>The first and second character of pair <paramref name="id"/>.</summary>
    public (int First, int Second) this[int id] => ((int)(_keys[id] >> 21), (int)(_keys[id] & 0x1FFFFF));

    /// <summary>The number of the pair, or -1 if it has none.</summary>
    public int Find(int first, int second) => IdIn(Slot(Key(first, second)));

    /// <summary>The number of the pair, given the next one if it had none.</summary>
    public int Add(int first, int second, out bool added)
    {
        var key = Key(first, second);
        var slot = Slot(key);
        if (IdIn(slot) is >= 0 and var found)
        {
            added = false;
            return found;
        }

        var id = Count;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
        }
        _keys[id] = key;
        Fill(slot);
        added = true;
        return id;
    }

    protected override int HashOf(int id) => Hash(_keys[id]);

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    // Fibonacci hashing: the product's high bits depend on every bit of the key.
    private static int Hash(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);

    private int Slot(long key)
    {
        var mask = Mask;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var id = IdIn(slot);
            if (id < 0 || _keys[id] == key)
            {
                return slot;
            }
        }
    }
}
