namespace Guide.Serving;

/// <summary>
/// Calls back whenever anything below the watched folders is created, changed, renamed or deleted.
/// Where the system will not watch a folder (Linux caps inotify instances per user), it looks for
/// changes every quarter second instead, so the server works either way.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly List<string> _polled = [];
    private readonly Timer? _poll;
    private readonly Action _changed;
    private string _lastStamp = "";

    public SourceWatcher(IEnumerable<string> folders, Action changed)
    {
        _changed = changed;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            try
            {
                var watcher = new FileSystemWatcher(folder)
                {
                    IncludeSubdirectories = true,
                    NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                };
                watcher.Changed += (_, _) => changed();
                watcher.Created += (_, _) => changed();
                watcher.Deleted += (_, _) => changed();
                watcher.Renamed += (_, _) => changed();
                // Too many events at once: something changed, so rebuild.
                watcher.Error += (_, _) => changed();
                watcher.EnableRaisingEvents = true;
                _watchers.Add(watcher);
            }
            catch (IOException)
            {
                _polled.Add(folder);
            }
        }
        if (_polled.Count > 0)
        {
            _lastStamp = Stamp();
            _poll = new Timer(_ => Poll(), null, PollEvery, PollEvery);
        }
    }

    private void Poll()
    {
        // A slow disk can make one look outlast the period; the timer must not start a second one meanwhile.
        if (!Monitor.TryEnter(_polled))
        {
            return;
        }
        try
        {
            var stamp = Stamp();
            if (stamp != _lastStamp)
            {
                _lastStamp = stamp;
                _changed();
            }
        }
        finally
        {
            Monitor.Exit(_polled);
        }
    }

    private string Stamp()
    {
        try
        {
            return string.Join('\n', _polled
                .Where(Directory.Exists)
                .SelectMany(f => new DirectoryInfo(f).EnumerateFiles("*", SearchOption.AllDirectories))
                .Select(f => $"{f.FullName}|{f.Length}|{f.LastWriteTimeUtc.Ticks}")
                .Order(StringComparer.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file removed while looking, or a loop of links: the build that follows says what is wrong.
            return e.Message;
        }
    }

    public void Dispose()
    {
        _poll?.Dispose();
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
