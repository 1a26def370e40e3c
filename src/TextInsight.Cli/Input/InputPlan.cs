namespace TextInsight.Cli.Input;

/// <summary>
/// The inputs of a command resolved before anything is read: files in order (folders listed recursively, sorted),
/// standard input, and the inputs that are errors (a missing path, an empty folder). Checking CSV headers here makes a
/// missing column a usage error before any record is written.
/// </summary>
internal sealed class InputPlan
{
    private InputPlan(IReadOnlyList<InputItem> items, int skippedFiles, long totalBytes)
    {
        Items = items;
        SkippedFiles = skippedFiles;
        TotalBytes = totalBytes;
    }

    /// <summary>The items to read, in output order.</summary>
    public IReadOnlyList<InputItem> Items { get; }

    /// <summary>Files inside input folders that were not read because their kind is not supported.</summary>
    public int SkippedFiles { get; }

    /// <summary>The size on disk of all input files.</summary>
    public long TotalBytes { get; }

    /// <summary>Resolves the inputs.</summary>
    /// <exception cref="UsageException">No input, or a CSV file lacks a column that is needed.</exception>
    public static InputPlan Create(IReadOnlyList<string> inputs, InputOptions options)
    {
        if (inputs.Count == 0)
        {
            throw new UsageException("No input: give files, folders, or - for standard input.");
        }

        var items = new List<InputItem>();
        int skipped = 0;
        long total = 0;
        foreach (string input in inputs)
        {
            if (input == "-")
            {
                items.Add(InputItem.Stdin);
                continue;
            }

            if (input.Length > 1 && input[0] == '-' && !File.Exists(input) && !Directory.Exists(input))
            {
                throw new UsageException($"Unknown option '{input}'. Run 'textinsight --help' for usage.");
            }

            string display = input.Replace('\\', '/');
            if (Directory.Exists(input))
            {
                var files = ListFolder(input, ref skipped);
                if (files.Count == 0)
                {
                    items.Add(InputItem.Failed(DocumentInput.Failed(
                        display,
                        ErrorCodes.NoDocuments,
                        $"{display}: the folder holds no supported file (.txt, .md, .html, .htm, .csv, .jsonl, optionally .gz).")));
                }

                foreach (var file in files)
                {
                    total += Length(file.Path);
                    items.Add(InputItem.ForFile(file));
                }

                continue;
            }

            if (!File.Exists(input))
            {
                items.Add(InputItem.Failed(DocumentInput.Failed(display, ErrorCodes.NotFound, $"{display}: no such file or folder.")));
                continue;
            }

            var (kind, gz, inner) = InputFile.Classify(Path.GetFileName(input));
            string source = gz ? display[..^3] : display;
            _ = inner;
            if (kind == InputKind.Unsupported)
            {
                items.Add(InputItem.Failed(DocumentInput.Failed(
                    source,
                    ErrorCodes.UnsupportedFormat,
                    $"{display}: unsupported kind of file; use .txt, .md, .html, .htm, .csv or .jsonl (optionally .gz).")));
                continue;
            }

            total += Length(input);
            items.Add(InputItem.ForFile(new InputFile(input, source, kind, gz)));
        }

        foreach (var item in items)
        {
            if (item.File is { Kind: InputKind.Csv } csv)
            {
                CsvDocumentReader.CheckHeader(csv, options);
            }
        }

        return new InputPlan(items, skipped, total);
    }

    private static List<InputFile> ListFolder(string folder, ref int skipped)
    {
        var files = new List<InputFile>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.None };
        foreach (string path in Directory.EnumerateFiles(folder, "*", options))
        {
            string relative = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var (kind, gz, inner) = InputFile.Classify(relative);
            if (kind == InputKind.Unsupported)
            {
                skipped++;
                continue;
            }

            files.Add(new InputFile(path, gz ? inner : relative, kind, gz));
        }

        files.Sort(static (a, b) => string.CompareOrdinal(a.Source, b.Source));
        return files;
    }

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
