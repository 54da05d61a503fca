namespace Guide.Search;

/// <summary>
/// Numbers distinct pairs of Han characters (by code point), counting up from 0 in order of first
/// appearance, for the index builder's lookups of every pair in the text.
/// </summary>
/// <remarks>A table of our own for the reason <see cref="SpanIds"/> gives; nothing is written in table order.</remarks>
internal sealed class HanPairIds
{
    private int[] _slots = new int[1024]; // 1 + the number of the entry in each slot; 0 for an empty one
    private long[] _keys = new long[512];

    public int Count { get; private set; }

    /// <summary>The first and second character of pair <paramref name="id"/>.</summary>
    public (int First, int Second) this[int id] => ((int)(_keys[id] >> 21), (int)(_keys[id] & 0x1FFFFF));

    /// <summary>The number of the pair, or -1 if it has none.</summary>
    public int Find(int first, int second) => _slots[Slot(Key(first, second))] - 1;

    /// <summary>The number of the pair, given the next one if it had none.</summary>
    public int Add(int first, int second, out bool added)
    {
        var key = Key(first, second);
        var slot = Slot(key);
        if (_slots[slot] > 0)
        {
            added = false;
            return _slots[slot] - 1;
        }

        var id = Count++;
        if (id == _keys.Length)
        {
            Array.Resize(ref _keys, id * 2);
        }
        _keys[id] = key;
        _slots[slot] = id + 1;
        if (Count * 2 > _slots.Length)
        {
            Grow();
        }
        added = true;
        return id;
    }

    private static long Key(int first, int second) => ((long)first << 21) | (uint)second;

    // Fibonacci hashing: the product's high bits depend on every bit of the key.
    private static int Hash(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32);

    private int Slot(long key)
    {
        var mask = _slots.Length - 1;
        for (var slot = Hash(key) & mask; ; slot = (slot + 1) & mask)
        {
            var id = _slots[slot] - 1;
            if (id < 0 || _keys[id] == key)
            {
                return slot;
            }
        }
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var slot = Hash(_keys[id]) & mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }
            _slots[slot] = id + 1;
        }
    }
}
