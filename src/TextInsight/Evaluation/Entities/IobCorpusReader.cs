namespace TextInsight.Entities.Ner;

/// <summary>
/// Reads CoNLL-2003 style files: one token per line with space-separated columns, the token first and its IOB tag
/// last (<c>token POS chunk NER</c>; two columns are enough), blank lines between sentences and
/// <c>-DOCSTART-</c> lines between documents. Only the first and last columns are used.
/// </summary>
internal static class IobCorpusReader
{
    /// <summary>Reads a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="FormatException">A line is malformed; the message names the file and the line.</exception>
    public static IReadOnlyList<IobDocument> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"CoNLL file not found: {path}", path);
        }

        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads CoNLL text from <paramref name="reader"/>; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="FormatException">A line is malformed; the message names the source and the line.</exception>
    public static IReadOnlyList<IobDocument> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        var documents = new List<IobDocument>();
        var sentences = new List<IobSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0, sentenceLine = 0;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new IobSentence([.. tokens], NerLabels.FromIob(tags), sentenceLine));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new IobDocument([.. sentences]));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
                continue;
            }

            var columns = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (columns[0] == "-DOCSTART-")
            {
                EndDocument();
                continue;
            }

            if (columns.Length < 2)
            {
                throw new FormatException($"{name}:{lineNumber}: expected 'token ... TAG' (at least two space-separated columns), found '{Clip(line)}'.");
            }

            string tag = columns[^1];
            if (!NerLabels.IsValidIobTag(tag))
            {
                throw new FormatException($"{name}:{lineNumber}: '{Clip(tag)}' is not an IOB tag (O, B-TYPE or I-TYPE with TYPE one of PER, ORG, LOC, MISC).");
            }

            if (tokens.Count == 0)
            {
                sentenceLine = lineNumber;
            }

            tokens.Add(columns[0]);
            tags.Add(tag);
        }

        EndDocument();
        if (documents.Count == 0)
        {
            throw new FormatException($"{name}: no tokens found; expected CoNLL lines 'token POS chunk NER'.");
        }

        return documents;
    }

    private static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";
}
