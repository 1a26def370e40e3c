using System.Text;
using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// Walks the page body once, without recursion, and cuts its visible text into blocks at block-level elements,
/// noting for every element its depth, hints, text and link text amounts and the range of blocks it holds.
/// </summary>
internal sealed class HtmlBlockCollector
{
    /// <summary>Elements whose content is never visible text (also read by the training pages' Markdown writer).</summary>
    internal static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "canvas", "iframe", "object", "embed", "button",
        "select", "option", "input", "textarea", "head", "link", "meta", "audio", "video", "picture", "map", "dialog",
        "label",
    };

    /// <summary>Block-level elements, which cut the text into blocks (also read by the training pages' Markdown writer).</summary>
    internal static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "div", "dl", "dt", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
        "tr", "ul", "caption", "html",
    };

    private readonly List<HtmlBlock> _blocks = [];
    private readonly Dictionary<IElement, HtmlElementInfo> _info = [];
    private readonly List<Frame> _stack = [];
    private readonly StringBuilder _text = new();
    private int _blockLinkChars;
    private int _chars;
    private int _linkChars;
    private int _linkDepth;
    private int _commas;
    private int _preDepth;
    private int _headingDepth;
    private bool _pendingSpace;
    private bool _pendingCell;

    /// <summary>The blocks, in document order.</summary>
    public IReadOnlyList<HtmlBlock> Blocks => _blocks;

    /// <summary>What was learned of each visited element.</summary>
    public IReadOnlyDictionary<IElement, HtmlElementInfo> Info => _info;

    /// <summary>Collects the blocks under <paramref name="root"/>.</summary>
    public void Collect(IElement root)
    {
        Enter(root);
        while (_stack.Count > 0)
        {
            var frame = _stack[^1];
            var children = frame.Element.ChildNodes;
            if (frame.NextChild >= children.Length)
            {
                Exit();
                continue;
            }

            var node = children[frame.NextChild];
            frame.NextChild++;
            _stack[^1] = frame;
            switch (node)
            {
                case IText text:
                    Append(text.Data);
                    break;
                case IElement element when element.LocalName == "br":
                    LineBreak();
                    break;
                case IElement element when !IsSkipped(element):
                    Enter(element);
                    break;
            }
        }
    }

    private static bool IsSkipped(IElement element)
    {
        if (Skipped.Contains(element.LocalName))
        {
            return true;
        }

        if (element.Attributes.Length == 0)
        {
            return false;
        }

        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        string? ariaHidden = element.GetAttribute("aria-hidden");
        if (ariaHidden is not null && ariaHidden.Equals("true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        string? style = element.GetAttribute("style");
        return style is not null && IsHiddenStyle(style);
    }

    private static bool IsHiddenStyle(string style)
    {
        int i = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        if (i >= 0)
        {
            var rest = style.AsSpan(i + 7).TrimStart();
            if (rest.StartsWith(":") && rest[1..].TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        i = style.IndexOf("visibility", StringComparison.OrdinalIgnoreCase);
        if (i >= 0)
        {
            var rest = style.AsSpan(i + 10).TrimStart();
            return rest.StartsWith(":") && rest[1..].TrimStart().StartsWith("hidden", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private void Enter(IElement element)
    {
        string name = element.LocalName;
        bool block = BlockTags.Contains(name);
        if (block)
        {
            Flush();
        }

        int depth = _stack.Count;
        int weight = block ? HtmlHints.Weight(element) : 0;
        bool negative = block && (weight < 0 || (HtmlHints.IsBoilerplateTag(element) && weight <= 0));
        var parent = _stack.Count > 0 ? _stack[^1].Info : null;
        var info = new HtmlElementInfo
        {
            Depth = depth,
            Weight = weight,
            IsNegative = negative,
            UnderNegative = negative || (parent?.UnderNegative ?? false),
            UnderPositive = weight > 0 || (parent?.UnderPositive ?? false),
            UnderSideColumn = (parent?.UnderSideColumn ?? false) || (negative && HtmlHints.IsSideColumn(element)),
            UnderComment = (parent?.UnderComment ?? false) || (block && HtmlHints.IsCommentHint(element)),
            InTable = name is "td" or "th" || (parent?.InTable ?? false),
            InList = name is "ul" or "ol" or "dl" || (parent?.InList ?? false),
            FirstBlock = _blocks.Count,
        };
        _info[element] = info;
        // Only an anchor that leads somewhere is a link: a named anchor (<a name=…>) that a parser left open wraps
        // the text after it, often a whole page of it. A heading that links to a place on its own page (<h2 id=x><a
        // href=#x>, the permalink that documentation and blog tools put on every subheading) leads nowhere else either.
        bool link = name == "a" && element.HasAttribute("href") && !(_headingDepth > 0 && element.GetAttribute("href") is ['#', ..]);
        if (KindOf(name).Kind == HtmlBlockKind.Heading)
        {
            _headingDepth++;
        }

        _stack.Add(new Frame(element, info, block, link, _chars, _linkChars, _commas));

        if (link)
        {
            _linkDepth++;
        }
        else if (name == "pre")
        {
            _preDepth++;
        }
    }

    private void Exit()
    {
        var frame = _stack[^1];
        if (frame.IsBlock)
        {
            Flush();
        }

        string name = frame.Element.LocalName;
        if (KindOf(name).Kind == HtmlBlockKind.Heading)
        {
            _headingDepth--;
        }

        if (frame.IsLink)
        {
            _linkDepth--;
        }
        else if (name == "pre")
        {
            _preDepth--;
        }

        frame.Info.Chars = _chars - frame.StartChars;
        frame.Info.LinkChars = _linkChars - frame.StartLinkChars;
        frame.Info.Commas = _commas - frame.StartCommas;
        _stack.RemoveAt(_stack.Count - 1);
        frame.Info.EndBlock = _blocks.Count;
        if (name is "td" or "th")
        {
            // Cells of a row read as one line, their boundaries kept visible.
            _pendingCell = _text.Length > 0;
        }
    }

    private void Append(string data)
    {
        if (_preDepth > 0)
        {
            foreach (char c in data)
            {
                if (c == '\r')
                {
                    continue;
                }

                _text.Append(c == '\t' ? ' ' : c);
                Count(c);
            }

            return;
        }

        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c) || c == '\u200b')
            {
                // No space at the start of a block or of a line that a <br> began.
                _pendingSpace = _text.Length > 0 && _text[^1] != '\n';
                continue;
            }

            if (_pendingCell && _text.Length > 0)
            {
                _text.Append(" | ");
                _pendingSpace = false;
            }
            else if (_pendingSpace)
            {
                _text.Append(' ');
            }

            _pendingSpace = false;
            _pendingCell = false;

            _text.Append(c);
            Count(c);
        }
    }

    private void Count(char c)
    {
        if (char.IsWhiteSpace(c))
        {
            return;
        }

        _chars++;
        if (c is ',' or '，' or '、' or '،')
        {
            _commas++;
        }

        if (_linkDepth > 0)
        {
            _linkChars++;
            _blockLinkChars++;
        }
    }

    private void LineBreak()
    {
        // One break keeps the line inside its paragraph; a second one in a row ends the paragraph.
        if (_text.Length > 0 && _text[^1] == '\n')
        {
            Flush();
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append('\n');
            _pendingSpace = false;
        }
    }

    private void Flush()
    {
        _pendingSpace = false;
        _pendingCell = false;
        int end = _text.Length;
        while (end > 0 && char.IsWhiteSpace(_text[end - 1]))
        {
            end--;
        }

        if (end == 0)
        {
            _text.Clear();
            _blockLinkChars = 0;
            return;
        }

        int start = 0;
        while (start < end && char.IsWhiteSpace(_text[start]))
        {
            start++;
        }

        string text = _text.ToString(start, end - start);
        _text.Clear();
        if (_preDepth == 0)
        {
            text = text.Replace(" \n", "\n", StringComparison.Ordinal);
        }

        int linkChars = _blockLinkChars;
        _blockLinkChars = 0;
        var owner = OwnerFrame();
        var (kind, level) = KindOf(owner.Element.LocalName);
        _blocks.Add(new HtmlBlock(text, Math.Min(linkChars, text.Length), kind, level, owner.Element, owner.Info.Depth));
    }

    private Frame OwnerFrame()
    {
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            if (_stack[i].IsBlock)
            {
                return _stack[i];
            }
        }

        return _stack[0];
    }

    private static (HtmlBlockKind Kind, int Level) KindOf(string name) => name switch
    {
        "h1" => (HtmlBlockKind.Heading, 1),
        "h2" => (HtmlBlockKind.Heading, 2),
        "h3" => (HtmlBlockKind.Heading, 3),
        "h4" => (HtmlBlockKind.Heading, 4),
        "h5" => (HtmlBlockKind.Heading, 5),
        "h6" => (HtmlBlockKind.Heading, 6),
        "li" or "dt" or "dd" => (HtmlBlockKind.ListItem, 0),
        "pre" => (HtmlBlockKind.Preformatted, 0),
        "tr" => (HtmlBlockKind.Row, 0),
        "figcaption" or "caption" => (HtmlBlockKind.Caption, 0),
        _ => (HtmlBlockKind.Paragraph, 0),
    };

    private record struct Frame(IElement Element, HtmlElementInfo Info, bool IsBlock, bool IsLink, int StartChars, int StartLinkChars, int StartCommas)
    {
        public int NextChild { get; set; }
    }
}
