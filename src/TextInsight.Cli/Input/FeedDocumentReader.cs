using System.Globalization;
using System.Text;
using System.Xml;
using TextInsight.Internals;

namespace TextInsight.Cli.Input;

/// <summary>
/// Reads a news feed — RSS 2.0 (and 0.9x), RSS 1.0 (RDF) or Atom 1.0 (and 0.3) — as one document per item or entry,
/// streaming with <see cref="XmlReader"/>: only the item being read is held, whatever the size of the feed.
/// </summary>
/// <remarks>
/// <para>The dialect is told by the root element (<c>rss</c>, <c>rdf:RDF</c>, <c>feed</c> in the Atom namespace), not
/// by the extension. Each item's source is <c>FILE#N</c>, N its place among the feed's items from 1 (as a CSV row's),
/// so that it is unique and stable even where guids repeat or are missing; its title is <c>title</c>; its date the
/// first of <c>pubDate</c>, <c>dc:date</c>, Atom <c>published</c>, Atom <c>updated</c> that reads as a date; its body
/// the fullest content there is: <c>content:encoded</c>, then Atom <c>content</c>, then <c>description</c> or Atom
/// <c>summary</c>. HTML bodies (escaped, CDATA, Atom <c>type="html"</c> and <c>xhtml</c>) take the HTML path; text
/// bodies are plain text.</para>
/// <para>Safety: a document type declaration is ignored (never processed), so an entity it declares is undefined and
/// a reference to it is malformed XML (a billion-laughs or external-entity file is one error record); no resolver is
/// set, so nothing is fetched. Malformed XML part-way keeps the items before it and ends the file with one error record
/// that gives the line and position and counts the items not read. The C0 control characters XML does not allow, which
/// real feeds carry in pasted text, are read as spaces (<see cref="XmlControlCharFilterStream"/>) rather than ending
/// the feed.</para>
/// </remarks>
internal static class FeedDocumentReader
{
    /// <summary>The Atom 1.0 namespace.</summary>
    internal const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The namespace of Atom 0.3, which some feeds still use.</summary>
    internal const string Atom03Namespace = "http://purl.org/atom/ns#";

    /// <summary>The RDF namespace of RSS 1.0's root element.</summary>
    internal const string RdfNamespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private const string Rss10Namespace = "http://purl.org/rss/1.0/";
    private const string Rss090Namespace = "http://my.netscape.com/rdf/simple/0.9/";
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    private const string DublinCoreNamespace = "http://purl.org/dc/elements/1.1/";

    // The longest date value kept; a longer one is no date.
    private const int MaxDateChars = 200;

    // HTML's void elements: written without an end tag when an XHTML body is turned back into HTML.
    private static readonly HashSet<string> VoidElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    };

    static FeedDocumentReader()
    {
        // Feeds declare their encoding; windows-1252 and the other code pages need the provider.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    /// <summary>The dialect of a feed.</summary>
    internal enum Dialect
    {
        /// <summary>Not a feed.</summary>
        None,

        /// <summary>RSS 2.0 or 0.9x: <c>rss/channel/item</c>.</summary>
        Rss,

        /// <summary>RSS 1.0: <c>rdf:RDF/item</c>.</summary>
        Rdf,

        /// <summary>Atom: <c>feed/entry</c>.</summary>
        Atom,
    }

    /// <summary>How an element's content is written.</summary>
    private enum ContentKind
    {
        /// <summary>Not readable as text (an Atom <c>src</c> link, base64, another media type).</summary>
        None,

        /// <summary>Plain text.</summary>
        Text,

        /// <summary>HTML source, escaped or in CDATA.</summary>
        Html,

        /// <summary>XHTML elements inline in the feed.</summary>
        Xhtml,

        /// <summary>RSS <c>description</c>: HTML when it holds an element, else text.</summary>
        Sniffed,
    }

    /// <summary>The settings every feed is read with: no DTD processing, no resolver, comments and PIs skipped.</summary>
    internal static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CheckCharacters = false,
        CloseInput = true,
        MaxCharactersFromEntities = 1024,
    };

    /// <summary>
    /// Reads the items of <paramref name="file"/>: one document or one error per item, then, when the XML breaks off,
    /// one error for the rest; a feed without items is one <c>no_documents</c> error. A file whose root element is
    /// not a feed's is one <c>unsupported_format</c> error, or, when <paramref name="notFeed"/> is given (an
    /// <c>.xml</c> file met in a folder, where sitemaps and settings sit beside feeds), nothing: it is called instead.
    /// </summary>
    /// <param name="file">The feed file.</param>
    /// <param name="options">The size limit per item.</param>
    /// <param name="progress">Told the position in the file on disk after each item.</param>
    /// <param name="notFeed">Called for a well-formed file that is not a feed, which is then skipped; or <see langword="null"/>.</param>
    public static IEnumerable<DocumentInput> Read(InputFile file, InputOptions options, Action<long> progress, Action? notFeed = null)
    {
        var opened = DocumentReader.OpenStreamed(file, out var unreadable);
        if (opened is null)
        {
            return [unreadable!];
        }

        var (disk, stream) = opened.Value;

        return ReadItems(file, options, progress, notFeed, disk, stream);
    }

    private static IEnumerable<DocumentInput> ReadItems(InputFile file, InputOptions options, Action<long> progress, Action? notFeed, FileStream disk, Stream stream)
    {
        using var parser = new Parser(file, options, stream);
        DocumentInput? failure = null;
        try
        {
            parser.Open();
        }
        catch (Exception ex) when (ex is XmlException or IOException or InvalidDataException or DecoderFallbackException or ArgumentException)
        {
            failure = parser.Fault(ex);
        }

        if (failure is not null)
        {
            yield return failure;
            yield break;
        }

        if (parser.Kind == Dialect.None)
        {
            if (notFeed is not null)
            {
                notFeed();
                yield break;
            }

            yield return DocumentInput.Failed(
                file.Source,
                ErrorCodes.UnsupportedFormat,
                $"{file.Source}: not a news feed: the root element is <{parser.RootName}>; a feed's is <rss> (RSS 2.0), <rdf:RDF> (RSS 1.0) or <feed> in the Atom namespace ({AtomNamespace}).");
            yield break;
        }

        while (true)
        {
            DocumentInput? item;
            try
            {
                item = parser.Next();
            }
            catch (Exception ex) when (ex is XmlException or IOException or InvalidDataException or DecoderFallbackException or ArgumentException)
            {
                item = null;
                failure = parser.Fault(ex);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            if (item is null)
            {
                break;
            }

            progress(disk.CanSeek ? disk.Position : 0);
            yield return item;
        }

        if (parser.Items == 0)
        {
            string element = parser.Kind == Dialect.Atom ? "<entry>" : "<item>";
            yield return DocumentInput.Failed(
                file.Source,
                ErrorCodes.NoDocuments,
                $"{file.Source}: the feed holds no items (no {element} element), so there is nothing to analyze; a feed saved when it was empty can be left out of the inputs.");
        }
    }

    /// <summary>Whether <paramref name="name"/> in <paramref name="ns"/> is the element of an RSS item's field (no namespace, RSS 1.0's or 0.90's).</summary>
    private static bool IsRss(string ns) => ns.Length == 0 || ns == Rss10Namespace || ns == Rss090Namespace;

    private static bool IsAtom(string ns) => ns == AtomNamespace || ns == Atom03Namespace;

    /// <summary>The kind of an Atom text construct or content by its <c>type</c> (and Atom 0.3's <c>mode</c>).</summary>
    private static ContentKind AtomKind(string? type, string? mode, bool hasSource)
    {
        if (hasSource || string.Equals(mode, "base64", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.None;
        }

        var t = (type ?? "text").AsSpan().Trim();
        int parameters = t.IndexOf(';');
        if (parameters >= 0)
        {
            t = t[..parameters].TrimEnd();
        }

        if (t.IsEmpty || t.Equals("text", StringComparison.OrdinalIgnoreCase) || t.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.Text;
        }

        if (t.Equals("html", StringComparison.OrdinalIgnoreCase) || t.Equals("text/html", StringComparison.OrdinalIgnoreCase))
        {
            // Atom 0.3's inline markup is mode="xml".
            return string.Equals(mode, "xml", StringComparison.OrdinalIgnoreCase) ? ContentKind.Xhtml : ContentKind.Html;
        }

        if (t.Equals("xhtml", StringComparison.OrdinalIgnoreCase) || t.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase))
        {
            return ContentKind.Xhtml;
        }

        return t.StartsWith("text/", StringComparison.OrdinalIgnoreCase) ? ContentKind.Text : ContentKind.None;
    }

    /// <summary>One feed being read: the XML reader and what has been read so far.</summary>
    private sealed class Parser : IDisposable
    {
        private readonly InputFile _file;
        private readonly InputOptions _options;
        private readonly XmlReader _xml;
        private readonly char[] _chunk = new char[4096];
        private readonly StringBuilder _title = new();
        private readonly StringBuilder _content = new();
        private readonly StringBuilder _summary = new();
        private readonly StringBuilder _scratch = new();
        private readonly int _cap;
        private bool _inItem;

        public Parser(InputFile file, InputOptions options, Stream stream)
        {
            _file = file;
            _options = options;
            _xml = XmlReader.Create(new XmlControlCharFilterStream(stream), Settings);

            // An item's text is kept up to the document limit in characters (a character is at least a byte).
            _cap = (int)Math.Min(options.MaxDocumentBytes + 1, Array.MaxLength / 2);
        }

        public Dialect Kind { get; private set; }

        public string RootName { get; private set; } = string.Empty;

        /// <summary>Items met so far (read, failed or being read).</summary>
        public int Items { get; private set; }

        /// <summary>Reads up to the root element and tells the dialect.</summary>
        public void Open()
        {
            if (_xml.MoveToContent() != XmlNodeType.Element)
            {
                throw new XmlException("Root element is missing.");
            }

            RootName = _xml.Name;
            string ns = _xml.NamespaceURI;
            Kind = _xml.LocalName switch
            {
                "rss" when ns.Length == 0 => Dialect.Rss,
                "RDF" when ns == RdfNamespace => Dialect.Rdf,
                "feed" when IsAtom(ns) => Dialect.Atom,
                _ => Dialect.None,
            };
        }

        /// <summary>The next item's document, or <see langword="null"/> at the end of the feed.</summary>
        public DocumentInput? Next()
        {
            while (_xml.Read())
            {
                if (_xml.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                bool item = Kind == Dialect.Atom
                    ? _xml.LocalName == "entry" && IsAtom(_xml.NamespaceURI)
                    : _xml.LocalName == "item" && IsRss(_xml.NamespaceURI);
                if (!item)
                {
                    continue;
                }

                Items++;
                _inItem = true;
                var document = ReadItem();
                _inItem = false;
                return document;
            }

            return null;
        }

        /// <summary>The error record of a fault: where it is, what was read and what was not, and what to do.</summary>
        public DocumentInput Fault(Exception ex)
        {
            if (ex is not XmlException xml)
            {
                return DocumentReader.Unreadable(Items == 0 ? _file.Source : $"{_file.Source}#{Items + (_inItem ? 0 : 1)}", ex);
            }

            int line = xml.LineNumber, position = xml.LinePosition;
            string reason = xml.Message;
            int at = reason.LastIndexOf(" Line ", StringComparison.Ordinal);
            if (at > 0 && line > 0)
            {
                reason = reason[..at];
            }

            reason = reason.TrimEnd().TrimEnd('.');
            if (Kind == Dialect.None)
            {
                // Broken before the root element was read: not known to be a feed, nothing read.
                return DocumentInput.Failed(
                    _file.Source,
                    ErrorCodes.XmlMalformed,
                    $"{_file.Source}: not well-formed XML at line {line}, position {position} ({reason}), before any feed element; nothing was read from it. A feed file must be XML: check that it is one and that it was saved whole.");
            }

            int next = Items + (_inItem ? 0 : 1);
            int read = Items - (_inItem ? 1 : 0);
            string element = Kind == Dialect.Atom ? "entry" : "item";
            int after = CountAfter(line, position, element);
            string items = read switch { 0 => "no item before it was read", 1 => "the 1 item before it was read", _ => $"the {read} items before it were read" };
            string lost = _inItem
                ? $"{element} {next}, which it is in, and {after} more <{element}> tags after it were not"
                : $"{after} more <{element}> tags after it were not";
            string source = $"{_file.Source}#{next}";
            string cause = reason.Contains("undeclared entity", StringComparison.OrdinalIgnoreCase)
                ? "an entity that XML does not define: for safety a DOCTYPE's entities are never expanded, and HTML's named entities (&nbsp;, &eacute;) are not XML's; write them as &#160; or in CDATA"
                : "an unescaped & or < in a title or description, or a file cut short, is the usual cause";
            return DocumentInput.Failed(
                source,
                ErrorCodes.XmlMalformed,
                $"{source}: the feed's XML breaks off at line {line}, position {position} ({reason}); {items}, {lost}. Repair the file ({cause}) and analyze it again.");
        }

        public void Dispose() => _xml.Dispose();

        // Counts the tags <element (with any prefix) after a line and position of the file, by a plain scan of its text:
        // what the fault left unread, told in its record. Best effort: a file that cannot be read again counts 0.
        private int CountAfter(int line, int position, string element)
        {
            try
            {
                using var stream = DocumentReader.Open(_file);
                using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
                int count = 0, currentLine = 1;
                string? text;
                while ((text = reader.ReadLine()) is not null)
                {
                    if (currentLine >= line)
                    {
                        var rest = currentLine == line ? text.AsSpan(Math.Min(text.Length, Math.Max(0, position - 1))) : text.AsSpan();
                        count += CountTags(rest, element);
                    }

                    currentLine++;
                }

                return count;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return 0;
            }
        }

        private static int CountTags(ReadOnlySpan<char> text, string element)
        {
            int count = 0;
            int lt;
            while ((lt = text.IndexOf('<')) >= 0)
            {
                text = text[(lt + 1)..];
                int end = 0;
                while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is ':' or '-' or '_' or '.'))
                {
                    end++;
                }

                var name = text[..end];
                int colon = name.LastIndexOf(':');
                if (colon >= 0)
                {
                    name = name[(colon + 1)..];
                }

                if (name.SequenceEqual(element) && (end == text.Length || text[end] is '>' or '/' or ' ' or '\t' or '\r' or '\n'))
                {
                    count++;
                }
            }

            return count;
        }

        private DocumentInput ReadItem()
        {
            string source = $"{_file.Source}#{Items}";
            int depth = _xml.Depth;
            bool hasTitle = false, hasContent = false, hasSummary = false, over = false;
            var titleKind = ContentKind.Text;
            var contentKind = ContentKind.None;
            var summaryKind = ContentKind.None;
            string? summaryName = null;
            Span<string?> dates = [null, null, null, null];
            _title.Clear();
            _content.Clear();
            _summary.Clear();
            if (!_xml.IsEmptyElement)
            {
                while (_xml.Read())
                {
                    if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
                    {
                        break;
                    }

                    if (_xml.NodeType != XmlNodeType.Element || _xml.Depth != depth + 1)
                    {
                        continue;
                    }

                    string name = _xml.LocalName, ns = _xml.NamespaceURI;
                    if (Kind == Dialect.Atom ? IsAtom(ns) : IsRss(ns))
                    {
                        switch (name)
                        {
                            case "title" when !hasTitle:
                                titleKind = Kind == Dialect.Atom ? AtomKind(_xml.GetAttribute("type"), _xml.GetAttribute("mode"), false) : ContentKind.Text;
                                over |= !ReadContent(_title, ContentKind.Text);
                                hasTitle = true;
                                continue;
                            case "content" when Kind == Dialect.Atom && !hasContent:
                                contentKind = AtomKind(_xml.GetAttribute("type"), _xml.GetAttribute("mode"), _xml.GetAttribute("src") is not null);
                                if (contentKind != ContentKind.None)
                                {
                                    over |= !ReadContent(_content, contentKind);
                                    hasContent = !IsBlank(_content);
                                    continue;
                                }

                                break;
                            case "summary" when Kind == Dialect.Atom && !hasSummary:
                            case "description" when Kind != Dialect.Atom && !hasSummary:
                                summaryKind = Kind == Dialect.Atom ? AtomKind(_xml.GetAttribute("type"), _xml.GetAttribute("mode"), false) : ContentKind.Sniffed;
                                if (summaryKind != ContentKind.None)
                                {
                                    over |= !ReadContent(_summary, summaryKind);
                                    hasSummary = !IsBlank(_summary);
                                    summaryName = $"<{name}>";
                                    continue;
                                }

                                break;
                            case "pubDate" when Kind != Dialect.Atom:
                                ReadDate(dates, 0);
                                continue;
                            case "published" or "issued" when Kind == Dialect.Atom:
                                ReadDate(dates, 2);
                                continue;
                            case "updated" or "modified" when Kind == Dialect.Atom:
                                ReadDate(dates, 3);
                                continue;
                        }
                    }
                    else if (ns == ContentNamespace && name == "encoded" && !hasContent)
                    {
                        over |= !ReadContent(_content, ContentKind.Html);
                        contentKind = ContentKind.Html;
                        hasContent = !IsBlank(_content);
                        continue;
                    }
                    else if (ns == DublinCoreNamespace && name == "date")
                    {
                        ReadDate(dates, 1);
                        continue;
                    }

                    Consume();
                }
            }

            if (over)
            {
                return DocumentReader.TooLarge(source, _options.MaxDocumentBytes, _options.MaxDocumentBytes, atLeast: true);
            }

            string title = titleKind is ContentKind.Html ? StripTags(_title) : _title.ToString();
            title = title.Trim();
            var warnings = new List<string>(2);
            DocumentInput document;
            if (hasContent || hasSummary)
            {
                var body = hasContent ? _content : _summary;
                var kind = hasContent ? contentKind : summaryKind;
                string text = body.ToString();
                bool html = kind is ContentKind.Html or ContentKind.Xhtml
                    || (kind == ContentKind.Sniffed && (DocumentFormatDetector.Detect(text) == DocumentFormat.Html || DocumentFormatDetector.Measure(text).Elements > 0));
                if (!hasContent)
                {
                    string element = Kind == Dialect.Atom ? "entry" : "item";
                    string full = Kind == Dialect.Atom ? "<content>" : "<content:encoded>";
                    warnings.Add($"only the {element}'s {summaryName} was available (no {full}); it was analyzed as the body");
                }

                document = new DocumentInput
                {
                    Source = source,
                    Content = text,
                    Format = html ? DocumentFormat.Html : DocumentFormat.PlainText,
                    Title = title.Length == 0 ? null : title,
                };
            }
            else if (title.Length > 0)
            {
                // A headline alone (news alerts, link lists) is still a document: analyzed as its only line.
                warnings.Add($"the {(Kind == Dialect.Atom ? "entry" : "item")} has a title but no body; the title alone was analyzed");
                document = new DocumentInput { Source = source, Content = title, Format = DocumentFormat.PlainText };
            }
            else
            {
                string element = Kind == Dialect.Atom ? "entry" : "item";
                string bodies = Kind == Dialect.Atom ? "<content> or <summary>" : "<content:encoded> or <description>";
                return DocumentInput.Failed(
                    source,
                    ErrorCodes.EmptyDocument,
                    $"{source}: {element} {Items} of {_file.Source} has neither a title nor a body ({bodies}); there is nothing to analyze.");
            }

            if (System.Text.Encoding.UTF8.GetByteCount(document.Content!) > _options.MaxDocumentBytes)
            {
                return DocumentReader.TooLarge(source, System.Text.Encoding.UTF8.GetByteCount(document.Content!), _options.MaxDocumentBytes, atLeast: false);
            }

            string? unread = null, unreadProblem = null;
            for (int i = 0; i < dates.Length; i++)
            {
                if (dates[i] is not { } value)
                {
                    continue;
                }

                if (PublicationDateReader.TryRead(value, null, out var published, out string? problem))
                {
                    // A date element that does not read (or is a placeholder, 0001-01-01) gives way to the next.
                    document = document with { Published = published };
                    unread = null;
                    break;
                }

                if (unread is null)
                {
                    unread = i switch { 0 => "<pubDate>", 1 => "<dc:date>", 2 => "<published>", _ => "<updated>" } + " '" + Quote(value) + "'";
                    unreadProblem = problem;
                }
            }

            if (unread is not null)
            {
                string why = ReferenceEquals(unreadProblem, PublicationDateReader.PlaceholderProblem)
                    ? unreadProblem
                    : "RSS writes RFC 822, as Thu, 05 Mar 2020 10:31:00 GMT; dc:date and Atom ISO 8601";
                warnings.Add($"feed date {unread} could not be read as a date ({why}); the date was read from the text");
            }

            return warnings.Count == 0 ? document : document with { Warnings = [.. warnings] };
        }

        private static string Quote(string value) => value.Length <= 60 ? value : string.Concat(value.AsSpan(0, 60), "…");

        private static bool IsBlank(StringBuilder text)
        {
            foreach (var chunk in text.GetChunks())
            {
                if (!chunk.Span.IsWhiteSpace())
                {
                    return false;
                }
            }

            return true;
        }

        // Escaped HTML in an Atom title of type="html": its text, tags left out (references are decoded with the title).
        private static string StripTags(StringBuilder html)
        {
            var text = new StringBuilder(html.Length);
            bool inTag = false;
            foreach (var chunk in html.GetChunks())
            {
                foreach (char c in chunk.Span)
                {
                    if (c == '<')
                    {
                        inTag = true;
                    }
                    else if (c == '>' && inTag)
                    {
                        inTag = false;
                    }
                    else if (!inTag)
                    {
                        text.Append(c);
                    }
                }
            }

            return text.ToString();
        }

        private void ReadDate(Span<string?> dates, int slot)
        {
            bool fits = ReadContent(_scratch, ContentKind.Text, MaxDateChars);
            if (dates[slot] is null && fits && !IsBlank(_scratch))
            {
                dates[slot] = _scratch.ToString().Trim();
            }
        }

        /// <summary>Reads the rest of the current element, leaving the reader on its end.</summary>
        private void Consume()
        {
            if (_xml.IsEmptyElement)
            {
                return;
            }

            int depth = _xml.Depth;
            while (_xml.Read())
            {
                if (_xml.NodeType == XmlNodeType.EndElement && _xml.Depth == depth)
                {
                    return;
                }
            }
        }

        private bool ReadContent(StringBuilder into, ContentKind kind) => ReadContent(into, kind, _cap);

        /// <summary>
        /// Reads the content of the current element into <paramref name="into"/>, leaving the reader on its end: text as
        /// written (<see cref="ContentKind.Text"/>: the text of child elements too), HTML source with any child element
        /// written back as a tag (<see cref="ContentKind.Html"/>, <see cref="ContentKind.Sniffed"/>), or XHTML written as
        /// HTML, its text escaped (<see cref="ContentKind.Xhtml"/>). Keeps at most <paramref name="cap"/> characters and
        /// reads the rest without keeping it; returns false when there was more.
        /// </summary>
        private bool ReadContent(StringBuilder into, ContentKind kind, int cap)
        {
            into.Clear();
            if (_xml.IsEmptyElement)
            {
                return true;
            }

            bool markup = kind != ContentKind.Text;
            bool escape = kind == ContentKind.Xhtml;
            bool over = false;
            int depth = _xml.Depth;
            while (_xml.Read())
            {
                switch (_xml.NodeType)
                {
                    case XmlNodeType.EndElement when _xml.Depth == depth:
                        return !over;
                    case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                        int n;
                        while ((n = _xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
                        {
                            if (over || into.Length + n > cap)
                            {
                                over = true;
                                continue;
                            }

                            if (escape)
                            {
                                AppendEscaped(into, _chunk.AsSpan(0, n), attribute: false);
                            }
                            else
                            {
                                into.Append(_chunk, 0, n);
                            }
                        }

                        break;
                    case XmlNodeType.Element when markup && !over:
                        AppendStartTag(into);
                        break;
                    case XmlNodeType.EndElement when markup && !over:
                        into.Append("</").Append(_xml.LocalName).Append('>');
                        break;
                }

                if (into.Length > cap)
                {
                    over = true;
                }
            }

            return !over;
        }

        private void AppendStartTag(StringBuilder into)
        {
            string name = _xml.LocalName;
            bool empty = _xml.IsEmptyElement;
            into.Append('<').Append(name);
            if (_xml.MoveToFirstAttribute())
            {
                do
                {
                    if (_xml.Prefix == "xmlns" || (_xml.Prefix.Length == 0 && _xml.LocalName == "xmlns"))
                    {
                        continue;
                    }

                    into.Append(' ').Append(_xml.LocalName).Append("=\"");
                    AppendEscaped(into, _xml.Value, attribute: true);
                    into.Append('"');
                }
                while (_xml.MoveToNextAttribute());
                _xml.MoveToElement();
            }

            into.Append('>');
            if (empty && !VoidElements.Contains(name))
            {
                into.Append("</").Append(name).Append('>');
            }
        }

        private static void AppendEscaped(StringBuilder into, ReadOnlySpan<char> text, bool attribute)
        {
            while (!text.IsEmpty)
            {
                int special = attribute ? text.IndexOfAny('&', '<', '"') : text.IndexOfAny('&', '<', '>');
                if (special < 0)
                {
                    into.Append(text);
                    return;
                }

                into.Append(text[..special]);
                into.Append(text[special] switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", _ => "&quot;" });
                text = text[(special + 1)..];
            }
        }
    }
}
