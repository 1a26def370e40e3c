namespace TextInsight.Cli.Input;

/// <summary>
/// The inputs of a command, resolved before anything is read: files and standard input in order, the inputs that are
/// errors (a missing path, an unsupported file), and folders, which are walked lazily while the documents are read
/// (<see cref="FolderWalker"/>: the first file of a folder of half a million comes without listing the rest first).
/// Checking the headers of the CSV and TSV files named here (and choosing their delimiters) makes a missing column a usage error before any record is written;
/// a CSV file met inside a folder is checked when it is read, and a missing column is that file's error record.
/// </summary>
internal sealed class InputPlan
{
    private readonly IReadOnlyList<Entry> _entries;

    private InputPlan(IReadOnlyList<Entry> entries, long totalBytes)
    {
        _entries = entries;
        TotalBytes = totalBytes;
    }

    /// <summary>The items to read, in output order; folders are walked as this is enumerated.</summary>
    public IEnumerable<InputItem> Items => Walk(null);

    /// <summary>
    /// The items to read, in output order, for a reader that reads each item whole before asking for the next: a
    /// folder whose files were all <c>.xml</c> files that are not feeds (<paramref name="notFeeds"/> counts those the
    /// reader skipped) ends with its no-documents error (<see cref="FolderWalker.Walk(Func{int}?)"/>).
    /// </summary>
    public IEnumerable<InputItem> Walk(Func<int>? notFeeds)
    {
        foreach (var entry in _entries)
        {
            if (entry.Folder is { } folder)
            {
                foreach (var item in folder.Walk(notFeeds))
                {
                    yield return item;
                }
            }
            else
            {
                yield return entry.Item!;
            }
        }
    }

    /// <summary>Files inside input folders that were not read because their kind is not supported (all of them once <see cref="Items"/> has been enumerated to the end).</summary>
    public int SkippedFiles
    {
        get
        {
            int skipped = 0;
            foreach (var entry in _entries)
            {
                skipped += entry.Folder?.Skipped ?? 0;
            }

            return skipped;
        }
    }

    /// <summary>The closing note of the files skipped inside input folders: of unsupported kinds, and <c>.xml</c> files that are not feeds.</summary>
    /// <param name="unsupported">Files of unsupported kinds (<see cref="SkippedFiles"/>).</param>
    /// <param name="notFeeds">The <c>.xml</c> files that were not feeds (<see cref="DocumentReader.SkippedNotFeeds"/>).</param>
    /// <param name="part">What follows the count (a note that the run stopped early), or empty.</param>
    public static string SkippedMessage(int unsupported, int notFeeds, string part) => notFeeds == 0
        ? $"skipped {unsupported} files of unsupported kinds inside input folders{part}"
        : $"skipped {unsupported + notFeeds} files of unsupported kinds inside input folders{part} ({notFeeds} of them .xml files that are not news feeds)";

    /// <summary>The size on disk of all input files; 0 (unknown) when an input is a folder, whose files are found as they are read.</summary>
    public long TotalBytes { get; }

    /// <summary>Resolves the inputs.</summary>
    /// <exception cref="UsageException">No input, or a CSV file lacks a column that is needed.</exception>
    public static InputPlan Create(IReadOnlyList<string> inputs, InputOptions options)
    {
        if (inputs.Count == 0)
        {
            throw new UsageException("No input: give files, folders, or - for standard input.");
        }

        var entries = new List<Entry>();
        long total = 0;
        bool folders = false;
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                entries.Add(new Entry(InputItem.Stdin, null));
                continue;
            }

            if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new UsageException($"Unknown option '{input}'. Run 'textinsight --help' for usage.");
            }

            string display = input.Replace('\\', '/');
            if (Directory.Exists(input))
            {
                folders = true;
                entries.Add(new Entry(null, new FolderWalker(input, display)));
                continue;
            }

            if (!File.Exists(input))
            {
                entries.Add(new Entry(InputItem.Failed(DocumentInput.Failed(display, ErrorCodes.NotFound, $"{display}: no such file or folder.")), null));
                continue;
            }

            var (kind, gz, _) = InputFile.Classify(Path.GetFileName(input));
            string source = gz ? display[..^3] : display;
            if (kind == InputKind.Unsupported)
            {
                entries.Add(new Entry(
                    InputItem.Failed(DocumentInput.Failed(
                        source,
                        ErrorCodes.UnsupportedFormat,
                        $"{display}: unsupported kind of file; use .txt, .md, .markdown, .html, .htm, .csv, .tsv, .tab, .jsonl, or a news feed as .rss, .atom or .xml (optionally .gz).")),
                    null));
                continue;
            }

            total += Length(input);
            entries.Add(new Entry(InputItem.ForFile(new InputFile(input, source, kind, gz)), null));
        }

        if (ColumnOptionsWithFeedsOnly(entries, options) is { } unused)
        {
            throw new UsageException(unused);
        }

        foreach (var entry in entries)
        {
            if (entry.Item?.File is { Kind: InputKind.Csv or InputKind.Tsv } csv && CsvDocumentReader.MissingColumn(csv, options) is { } problem)
            {
                throw new UsageException(problem.Message);
            }
        }

        return new InputPlan(entries, folders ? 0 : total);
    }

    /// <summary>
    /// A column option (<c>--text-column</c>, <c>--id-column</c>, <c>--title-column</c>, <c>--date-column</c>) given when
    /// every input is a feed file: a feed's items have no columns (their body, title and date are the feed's own
    /// elements), so the option would be silently ignored. With a folder, standard input or a CSV, TSV or JSON Lines
    /// file among the inputs the option applies to those, and feeds read as always.
    /// </summary>
    private static string? ColumnOptionsWithFeedsOnly(List<Entry> entries, InputOptions options)
    {
        string? option = options.TextColumnGiven ? "--text-column"
            : options.IdColumnGiven ? "--id-column"
            : options.TitleColumn is not null ? "--title-column"
            : options.DateColumn is not null ? "--date-column"
            : null;
        if (option is null)
        {
            return null;
        }

        bool feeds = false;
        foreach (var entry in entries)
        {
            if (entry.Folder is not null || entry.Item is { IsStdin: true } || entry.Item?.File is { Kind: not InputKind.Feed })
            {
                return null;
            }

            feeds |= entry.Item?.File is not null;
        }

        return feeds
            ? $"{option} applies to CSV, TSV and JSON Lines inputs; the inputs are news feeds, whose items take their body (content:encoded, Atom content, else description or summary), title and date (pubDate, dc:date, Atom published or updated) from the feed's own elements. Leave the option out."
            : null;
    }

    /// <summary>One input: an item known up front, or a folder to walk.</summary>
    private sealed record Entry(InputItem? Item, FolderWalker? Folder);

    private static long Length(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (IOException)
        {
            return 0;
        }
        catch (UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
