using System.Text;
using TextInsight.Cli.Input;

namespace TextInsight.Fuzz;

/// <summary>
/// Runs a case through its entry point and throws when an invariant does not hold. One oracle (and its one analyzer) is
/// shared by all threads of a run, as a server shares one <see cref="TextAnalyzer"/>.
/// </summary>
internal sealed class Oracle(string scratch)
{
    private static readonly TextAnalyzer Analyzer = TextAnalyzer.CreateDefault();

    /// <summary>Throws <see cref="InvariantException"/> when a result breaks an invariant; any other exception is a crash.</summary>
    public void Check(FuzzCase c)
    {
        switch (c.Target)
        {
            case FuzzTarget.Analyze:
                var plain = Analyzer.Analyze(c.Text, "fuzz");
                CheckAnalysis(plain, PlainText(plain, c.Text));
                break;
            case FuzzTarget.AnalyzeHtml:
                var html = Analyzer.AnalyzeHtml(c.Text, "fuzz.html");
                CheckAnalysis(html, html.Text);
                break;
            case FuzzTarget.CsvReader:
                // Half the cases (by the text's length) read the id column as each row's title and publication date too,
                // so that the title and date paths meet every other reader path on cells of any shape.
                CheckDocuments(ReadCsv(c.Text, c.Text.Length % 2 == 1));
                break;
            case FuzzTarget.JsonLinesReader:
                CheckDocuments(ReadJsonLines(c.Text));
                break;
            case FuzzTarget.TextFile:
                CheckDocuments([TextDecoder.Decode("fuzz.txt", RawBytes(c.Text))]);
                break;
            case FuzzTarget.DelimitedReader:
                CheckDocuments(ReadDelimited(c.Text));
                break;
            case FuzzTarget.FeedReader:
                // Half the cases (by the text's length) are Atom, half RSS 2.0.
                CheckDocuments(ReadFeed(c.Text, c.Text.Length % 2 == 1));
                break;
            case FuzzTarget.AnalyzeMarkdown:
                var markdown = Analyzer.AnalyzeMarkdown(c.Text, "fuzz.md");
                CheckAnalysis(markdown, markdown.Text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(c), c.Target, "unknown fuzz target");
        }
    }

    /// <summary>
    /// The text an analysis of plain text must index: the text given, or, where the analyzer repaired it (mis-decoded
    /// characters, HTML references, a layout on pages), the repaired text, which must then differ from the given one and
    /// say so in a warning.
    /// </summary>
    private static string PlainText(ArticleAnalysis a, string given)
    {
        if (!a.TextRepaired)
        {
            return given;
        }

        Require(a.Text != given, "the analysis says its text was repaired, but it is the text given");
        Require(a.Warnings.Any(w => w.Contains("mis-decoded", StringComparison.Ordinal) || w.Contains("HTML character reference", StringComparison.Ordinal)
                || w.StartsWith("text laid out on pages", StringComparison.Ordinal)),
            "a repaired text without a warning that says so");
        return a.Text;
    }

    /// <summary>Every span indexes the analyzed text; sentences, mentions and sections are ordered and do not overlap.</summary>
    public static void CheckAnalysis(ArticleAnalysis a, string text)
    {
        Require(a.Text == text, "the analysis text is not the analyzed text");
        void InText(TextSpan s, string what) => Require(s.Start >= 0 && s.Length >= 0 && s.End <= text.Length, $"{what} {s} is outside the text of {text.Length}");

        if (a.Structure.Title is { } title)
        {
            InText(title, "title");
            Require(a.Title == text.Substring(title.Start, title.Length), "the title is not its span's text");
        }

        int last = 0;
        foreach (var section in a.Sections)
        {
            InText(section.Span, "section");
            Require(section.Span.Start >= last, $"section {section.Span} starts before the previous one ends ({last})");
            if (section.Heading is { } h)
            {
                InText(h, "heading");
            }

            int lastParagraph = section.Span.Start;
            foreach (var p in section.Paragraphs)
            {
                InText(p, "paragraph");
                Require(section.Span.Contains(p), $"paragraph {p} is outside its section {section.Span}");
                Require(p.Start >= lastParagraph, $"paragraph {p} overlaps the previous one");
                lastParagraph = p.End;
            }

            last = section.Span.End;
        }

        foreach (var b in a.Boilerplate)
        {
            InText(b.Span, "boilerplate");
        }

        last = 0;
        foreach (var s in a.Sentences)
        {
            InText(s, "sentence");
            Require(s.Start >= last, $"sentence {At(s)} overlaps the previous one (ends at {last})");
            Require(s.Length > 0, $"sentence {s} is empty");
            last = s.End;
        }

        last = 0;
        foreach (var m in a.Entities)
        {
            InText(m.Span, "mention");
            Require(m.Span.Start >= last, $"mention {At(m.Span)} '{m.Text}' overlaps or precedes the previous one (ends at {last})");
            Require(m.Text == text.Substring(m.Span.Start, m.Span.Length), $"mention text '{m.Text}' is not its span's text");
            last = m.Span.End;
            if (m.EntityId is { } id)
            {
                Require(a.EntitySummary.Any(e => e.Id == id), $"mention {m.Span} links to entity {id}, which the summary does not list");
            }
        }

        var sentences = a.Sentences.ToHashSet();
        foreach (var s in a.Summary.Sentences)
        {
            Require(sentences.Contains(s), $"summary sentence {s} is not a sentence of the article");
        }

        foreach (var t in a.Topics)
        {
            Require(t.Score is >= 0 and <= 1 && !double.IsNaN(t.Score), $"topic score {t.Score} outside [0, 1]");
        }

        foreach (var k in a.Keyphrases)
        {
            Require(k.Text.Length > 0 && k.Score is >= 0 and <= 1, $"key phrase '{k.Text}' {k.Score}");
        }

        // The language and its warning go together, in the analysis and its record.
        bool warned = a.Warnings.Any(w => w.StartsWith("the text does not look like English", StringComparison.Ordinal));
        Require((a.Language is not null) == warned, $"language {a.Language ?? "null"} with{(warned ? "" : "out")} the warning that the text is not English");
        Require(a.Language is null or "und" || a.Language.StartsWith("und-", StringComparison.Ordinal), $"language '{a.Language}' is not und or und- and a script");
        Require(Serialization.AnalysisJson.ToRecord(a).Language == a.Language, "the record's language is not the analysis's");

        // The record is valid JSON (lone surrogates escaped, not written raw).
        string json = Serialization.AnalysisJson.Serialize(Serialization.AnalysisJson.ToRecord(a));
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new InvariantException($"the JSON record does not parse: {ex.Message}");
        }
    }

    private List<DocumentInput> ReadCsv(string text, bool titleAndDate)
    {
        string path = Path.Combine(scratch, $"fuzz-{Environment.CurrentManagedThreadId}.csv");
        File.WriteAllBytes(path, RawUtf8("id,text\n" + text));
        var options = titleAndDate ? new InputOptions { TitleColumn = "id", DateColumn = "id" } : new InputOptions();
        return CsvDocumentReader.Read(new InputFile(path, "fuzz.csv", InputKind.Csv, false), options, _ => { }).ToList();
    }

    private List<DocumentInput> ReadDelimited(string text)
    {
        // The text's length picks the shape: a .tsv with tabs (escapes read or not, title and date columns or not),
        // or a .csv whose header is split by ';' or '|' (chosen by the sniffer, read by the RFC 4180 reader).
        int shape = text.Length % 4;
        string header = shape switch { 2 => "id;text;title", 3 => "id|text|title", _ => "id\ttext\ttitle" };
        string name = shape >= 2 ? "fuzz.csv" : "fuzz.tsv";
        string path = Path.Combine(scratch, $"fuzz-{Environment.CurrentManagedThreadId}-{name}");
        File.WriteAllBytes(path, RawUtf8(header + "\n" + text));
        var options = new InputOptions { TsvEscapes = shape != 1, TitleColumn = shape == 1 ? "title" : null, DateColumn = shape == 1 ? "id" : null };
        var (kind, _, _) = InputFile.Classify(name);
        return CsvDocumentReader.Read(new InputFile(path, name, kind, false), options, _ => { }).ToList();
    }

    private List<DocumentInput> ReadFeed(string text, bool atom)
    {
        string head = atom
            ? "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>f</title><entry><title>first</title>"
            : "<?xml version=\"1.0\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\"><channel><title>f</title><item><title>first</title><description>";
        string tail = atom ? "</entry></feed>\n" : "</description></item></channel></rss>\n";
        string path = Path.Combine(scratch, $"fuzz-{Environment.CurrentManagedThreadId}.rss");
        File.WriteAllBytes(path, RawUtf8(head + text + tail));
        var documents = FeedDocumentReader.Read(new InputFile(path, "fuzz.rss", InputKind.Feed, false), new InputOptions(), _ => { }).ToList();
        Require(documents.Count > 0, "a feed file gave no record at all");
        return documents;
    }

    private List<DocumentInput> ReadJsonLines(string text)
    {
        // Every other line is wrapped as a JSON object holding it as escaped text; the rest stay raw (mostly malformed).
        var lines = text.Split('\n');
        var file = new StringBuilder();
        for (int i = 0; i < lines.Length; i++)
        {
            file.Append(i % 2 == 0 ? "{\"id\":\"r" + i + "\",\"text\":\"" + FuzzCase.Escape(lines[i]) + "\"}" : lines[i]).Append('\n');
        }

        string path = Path.Combine(scratch, $"fuzz-{Environment.CurrentManagedThreadId}.jsonl");
        File.WriteAllBytes(path, RawUtf8(file.ToString()));
        return JsonLinesDocumentReader.ReadAsync(new InputFile(path, "fuzz.jsonl", InputKind.JsonLines, false), new InputOptions(), _ => { }, CancellationToken.None)
            .ToBlockingEnumerable().ToList();
    }

    /// <summary>Each document has a source and content or an error; the content is then analyzed as the CLI would (at most three, to keep the pace).</summary>
    private static void CheckDocuments(List<DocumentInput> documents)
    {
        int analyzed = 0;
        foreach (var d in documents)
        {
            Require(!string.IsNullOrEmpty(d.Source), "a document without a source");
            Require((d.Content is null) != (d.Error is null), $"{d.Source}: a document must have content or an error, not both or neither");
            if (d.Error is { } error)
            {
                Require(!string.IsNullOrWhiteSpace(error.Code) && error.Message.Contains(d.Source, StringComparison.Ordinal),
                    $"{d.Source}: the error '{error.Code}: {error.Message}' does not name the document");
            }
            else if (analyzed++ < 3)
            {
                var a = Analyzer.Analyze(d);
                CheckAnalysis(a, a.Format is DocumentFormat.Html or DocumentFormat.Markdown || a.TitleGiven ? a.Text : PlainText(a, d.Content!));
                Require(d.Published is null || a.Published == d.Published, $"{d.Source}: the date given ({d.Published}) is not the analysis's ({a.Published})");
            }
        }
    }

    /// <summary>
    /// Bytes a broken file may hold: characters below U+0100 as one byte each (so accented letters are invalid UTF-8, as in
    /// windows-1252 files), the rest as UTF-8, lone surrogates as their three-byte forms.
    /// </summary>
    private static byte[] RawBytes(string text)
    {
        var bytes = new List<byte>(text.Length);
        foreach (char c in text)
        {
            if (c < 0x100)
            {
                bytes.Add((byte)c);
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    /// <summary>UTF-8, except that lone surrogate halves are written as their three-byte forms, invalid as in real broken files.</summary>
    private static byte[] RawUtf8(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text.Substring(i++, 2)));
            }
            else if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }

        return [.. bytes];
    }

    private static string At(TextSpan s) => $"[{s.Start}, {s.End})";

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvariantException(message);
        }
    }
}
