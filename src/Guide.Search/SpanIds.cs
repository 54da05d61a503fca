namespace Guide.Search;

/// <summary>
/// Numbers distinct strings, found by a span of characters, so the index builder can look up a word
/// or symbol it meets millions of times without making a string for each. Numbers count up from 0
/// in order of first appearance; the characters of every entry are kept in one array.
/// </summary>
/// <remarks>
/// Written here rather than taken from a Dictionary's span lookup: a build runs this code once,
/// cold, and the span instantiation of Dictionary is not precompiled in a ReadyToRun build, so it
/// ran as unoptimised code for much of the index phase.
/// </remarks>
internal sealed class SpanIds : IdSlots
{
    private int[] _hashes = new int[512];
    private int[] _starts = new int[512];
    private int[] _lengths = new int[512];
    private char[] _chars = new char[4096];
    private int _used;

    /// <summary>The characters of entry <paramref name="id"/>.</summary>
    public ReadOnlySpan<char> this[int id] => _chars.AsSpan(_starts[id], _lengths[id]);

    /// <summary>The number of <paramref name="key"/>, or -1 if it has none.</summary>
    public int Find(ReadOnlySpan<char> key) => IdIn(Slot(key, Hash(key)));

    /// <summary>The number of <paramref name="key"/>, given the next one if it had none.</summary>
    public int Add(ReadOnlySpan<char> key, out bool added)
    {
        var hash = Hash(key);
        var slot = Slot(key, hash);
        if (IdIn(slot) is >= 0 and var found)
        {
            added = false;
            return found;
        }

        var id = Count;
        if (id == _hashes.Length)
        {
            Array.Resize(ref _hashes, id * 2);
            Array.Resize(ref _starts, id * 2);
            Array.Resize(ref _lengths, id * 2);
        }
        if (_used + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_used + key.Length, _chars.Length * 2));
        }
        key.CopyTo(_chars.AsSpan(_used));
        _hashes[id] = hash;
        _starts[id] = _used;
        _lengths[id] = key.Length;
        _used += key.Length;
        Fill(slot);
        added = true;
        return id;
    }

    protected override int HashOf(int id) => _hashes[id];

    // FNV-1a, with the high bits folded in because the slot is taken from the low ones.
    private static int Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261;
        for (var i = 0; i < key.Length; i++)
        {
            h = (h ^ key[i]) * 16777619;
        }
        return (int)(h ^ (h >> 16));
    }

    // The slot that holds the key, or the empty slot where it would go.
    private int Slot(ReadOnlySpan<char> key, int hash)
    {
        var mask = Mask;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            var id = IdIn(slot);
            if (id < 0 || (_hashes[id] == hash && Holds(id, key)))
            {
                return slot;
            }
        }
    }

    // Compared here, not by SequenceEqual, which a ReadyToRun build calls rather than inlines; keys are short.
    private bool Holds(int id, ReadOnlySpan<char> key)
    {
        if (_lengths[id] != key.Length)
        {
            return false;
        }
        var start = _starts[id];
        for (var i = 0; i < key.Length; i++)
        {
            if (_chars[start + i] != key[i])
            {
                return false;
            }
        }
        return true;
    }
}
