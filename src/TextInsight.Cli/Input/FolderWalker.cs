using System.IO.Enumeration;

namespace TextInsight.Cli.Input;

/// <summary>
/// Walks an input folder lazily, depth first, listing one directory at a time, and yields its files in the ordinal
/// order of their sources (relative path, forward slashes, without <c>.gz</c>): the order a full listing sorted by
/// source gives, without listing the whole tree before the first file.
/// </summary>
/// <remarks>
/// Each directory's entries are sorted by a key: a file by its name without <c>.gz</c>, a directory by its name followed
/// by <c>/</c>. Every source under a directory <c>d</c> starts with <c>d/</c>, and a file name holds no <c>/</c>, so
/// comparing the keys of two entries compares every source under one with every source under the other the same way
/// (<c>"a b.txt"</c> &lt; <c>"a.txt"</c> &lt; <c>"a/…"</c> &lt; <c>"a0.txt"</c>, as ordinal order of the full paths has it).
/// Directory symbolic links are followed, as <see cref="Directory.EnumerateFiles(string, string, EnumerationOptions)"/>
/// follows them when recursing.
/// </remarks>
internal sealed class FolderWalker
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.None,
    };

    private readonly string _root;
    private readonly string _display;
    private readonly Func<string, IReadOnlyList<FolderEntry>> _list;
    private int _skipped;

    /// <param name="root">The folder as given.</param>
    /// <param name="display">The folder's name in messages (forward slashes).</param>
    /// <param name="list">Lists one directory (its files and subdirectories, in any order); the file system by default.</param>
    public FolderWalker(string root, string display, Func<string, IReadOnlyList<FolderEntry>>? list = null)
    {
        _root = root;
        _display = display;
        _list = list ?? List;
    }

    /// <summary>Files of unsupported kinds met so far (all of them once the walk has ended).</summary>
    public int Skipped => Volatile.Read(ref _skipped);

    /// <summary>The folder's files and the directories that could not be listed, in source order; a no-documents error when it holds no supported file.</summary>
    /// <param name="notFeeds">
    /// How many <c>.xml</c> files the reader has skipped so far as not news feeds (<see cref="DocumentReader.SkippedNotFeeds"/>),
    /// read before the walk and after the reader has read the folder's last file; or <see langword="null"/>. When every
    /// file of the folder was such an <c>.xml</c> (a folder of sitemaps), the folder gave no document, and ends with the
    /// no-documents error that says so, as a folder without a supported file does.
    /// </param>
    public IEnumerable<InputItem> Walk(Func<int>? notFeeds = null)
    {
        Interlocked.Exchange(ref _skipped, 0);
        bool any = false;
        int files = 0, xmlFiles = 0;
        int notFeedsBefore = notFeeds?.Invoke() ?? 0;
        var stack = new Stack<Frame>();
        var (rootFrame, rootError) = Open(_root, string.Empty);
        if (rootError is not null)
        {
            yield return rootError;
            yield break;
        }

        stack.Push(rootFrame!);
        while (stack.Count > 0)
        {
            var frame = stack.Peek();
            if (frame.Next == frame.Entries.Length)
            {
                stack.Pop();
                continue;
            }

            var entry = frame.Entries[frame.Next++];
            if (entry.IsDirectory)
            {
                var (child, error) = Open(Path.Join(frame.Path, entry.Name), frame.Relative + entry.Name + "/");
                if (error is not null)
                {
                    any = true;
                    yield return error;
                }
                else
                {
                    stack.Push(child!);
                }

                continue;
            }

            any = true;
            files++;
            if (entry.Kind == InputKind.Feed && entry.Key.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
            {
                xmlFiles++;
            }

            yield return InputItem.ForFile(new InputFile(Path.Join(frame.Path, entry.Name), frame.Relative + entry.Key, entry.Kind, entry.Compressed, InFolder: true));
        }

        // The reader has read every file yielded (it asks for the next item only when done with the last one).
        if (notFeeds is not null && files > 0 && files == xmlFiles && notFeeds() - notFeedsBefore == xmlFiles)
        {
            yield return InputItem.Failed(DocumentInput.Failed(
                _display,
                ErrorCodes.NoDocuments,
                $"{_display}: the folder holds no document to analyze: its {(xmlFiles == 1 ? "only file is an .xml file that is" : $"{xmlFiles} files are .xml files that are")} not a news feed (the root element is not <rss>, <rdf:RDF> or Atom's <feed>). Give the folder of the feeds, or of the articles, instead."));
            yield break;
        }

        if (!any)
        {
            yield return InputItem.Failed(DocumentInput.Failed(
                _display,
                ErrorCodes.NoDocuments,
                $"{_display}: the folder holds no supported file (.txt, .md, .markdown, .html, .htm, .csv, .tsv, .tab, .jsonl, feeds as .rss, .atom, .xml; optionally .gz)."));
        }
    }

    /// <summary>Lists a directory of the file system: names, and whether each is a directory (following links).</summary>
    internal static IReadOnlyList<FolderEntry> List(string directory)
    {
        var entries = new FileSystemEnumerable<FolderEntry>(
            directory,
            static (ref FileSystemEntry e) => new FolderEntry(e.FileName.ToString(), e.IsDirectory),
            ListOptions);
        return [.. entries];
    }

    private (Frame? Frame, InputItem? Error) Open(string path, string relative)
    {
        IReadOnlyList<FolderEntry> listed;
        try
        {
            listed = _list(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            string source = relative.Length == 0 ? _display : relative;
            return (null, InputItem.Failed(DocumentInput.Failed(source, ErrorCodes.Unreadable, $"{source}: the folder cannot be read: {ex.Message}")));
        }

        var sorted = new List<Sorted>(listed.Count);
        int skipped = 0;
        foreach (var entry in listed)
        {
            if (entry.IsDirectory)
            {
                sorted.Add(new Sorted(entry.Name, entry.Name + "/", true, InputKind.Unsupported, false));
                continue;
            }

            var (kind, gz, inner) = InputFile.Classify(entry.Name);
            if (kind == InputKind.Unsupported)
            {
                skipped++;
                continue;
            }

            sorted.Add(new Sorted(entry.Name, inner, false, kind, gz));
        }

        Interlocked.Add(ref _skipped, skipped);

        // Equal keys (a.txt beside a.txt.gz) give the same source; the name decides, so that the order is stable.
        sorted.Sort(static (x, y) =>
        {
            int c = string.CompareOrdinal(x.Key, y.Key);
            return c != 0 ? c : string.CompareOrdinal(x.Name, y.Name);
        });
        return (new Frame(path, relative, [.. sorted]), null);
    }

    private sealed record Sorted(string Name, string Key, bool IsDirectory, InputKind Kind, bool Compressed);

    private sealed class Frame(string path, string relative, Sorted[] entries)
    {
        public string Path { get; } = path;

        public string Relative { get; } = relative;

        public Sorted[] Entries { get; } = entries;

        public int Next { get; set; }
    }
}
