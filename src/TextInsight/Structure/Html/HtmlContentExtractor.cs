using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// Picks the blocks of the main text. Paragraph-like blocks score their ancestors by length and commas (Readability's
/// scheme), weighted by tag and class/id hints and discounted by link density; the best container is widened to
/// ancestors and siblings that carry comparable text, then blocks inside it are dropped when they sit in
/// boilerplate-looking subtrees, are mostly links, or repeat the title.
/// </summary>
internal sealed class HtmlContentExtractor
{
    private const int MinScoredLength = 25;

    // What a candidate inside a side column keeps of its score.
    // (0.5 left a profile blurb ahead of a short post; 0 lost pages whose article a theme puts in a "sidebar" element.)
    private const double SideColumnFactor = 0.25;

    // The shortest block the learned scorer may add without sentence punctuation at its end.
    private const int MinAddedLength = 50;

    // Labels that pages put between or after paragraphs, never part of an article's text.
    private static readonly HashSet<string> BoilerplateLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "advertisement", "advert", "ad", "ads", "sponsored", "sponsored content", "story continues below advertisement",
        "article continues below advertisement", "continue reading below", "comments", "comment", "share", "share this",
        "share this article", "share this story", "read more", "related", "related articles", "related stories",
        "continue reading", "click to expand", "print", "email", "tweet", "skip advert", "scroll to continue with content",
    };

    private static readonly char[] LabelTrim = [' ', '.', ':', '!', '…', '-', '–', '—', '|', '»', '›', '>', '(', ')', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    private readonly IReadOnlyList<HtmlBlock> _blocks;
    private readonly IReadOnlyDictionary<IElement, HtmlElementInfo> _info;
    private readonly IElement _body;
    private readonly List<IElement> _candidates = [];

    // The best-scoring candidate and its ancestors: the subtree that holds the best text is never pruned as furniture,
    // whatever its class says (a wrapper named "date-outer" or "widget" around a blog post, say).
    private readonly HashSet<IElement> _bestPath = [];
    private bool _pruneNothing;

    // Whether the best candidate sits in a side column: then the column's text is not pruned as furniture.
    private bool _bestInSideColumn;

    // The comment-section label the kept text was cut at (see CutAtCommentLabel), or int.MaxValue.
    private int _commentCut = int.MaxValue;

    public HtmlContentExtractor(IReadOnlyList<HtmlBlock> blocks, IReadOnlyDictionary<IElement, HtmlElementInfo> info, IElement body)
    {
        _blocks = blocks;
        _info = info;
        _body = body;
    }

    /// <summary>The indices of the blocks of the main text, in document order.</summary>
    public List<int> Select(string? title)
    {
        ScoreCandidates();
        var best = BestCandidate();
        for (var e = best; e is not null; e = e.ParentElement)
        {
            _bestPath.Add(e);
        }

        Best = best;
        _bestInSideColumn = best is not null && _info[best].UnderSideColumn;
        var top = TopCandidate(best);
        var roots = top is null ? [_body] : MergeSiblings(top);
        Roots = roots;
        var selected = new List<int>();
        ContainerStart = roots.Count > 0 ? _info[roots[0]].FirstBlock : -1;
        foreach (var root in roots)
        {
            SelectIn(root, title, selected);
        }

        if (best is not null && !HasText(selected))
        {
            // Pruning left nothing: the best-scoring container's own text is a better answer than an empty page.
            ContainerStart = _info[best].FirstBlock;
            SelectIn(best, title, selected);
            if (!HasText(selected))
            {
                _pruneNothing = true;
                SelectIn(best, title, selected);
            }
        }

        DropLeadingLabels(selected);
        CutAtCommentLabel(selected);
        return selected;
    }

    // The least kept text before a comment-section label for the label to end the article: a "Comments" link in a
    // toolbar above the first paragraph ends nothing.
    private const int MinTextBeforeCommentLabel = 400;

    /// <summary>
    /// Ends the kept text at a comment-section label ("Comments", "Have your say", "12 Responses") that follows it:
    /// the blocks after it are the thread or its form, which stay out (see ARCHITECTURE) also on pages whose markup
    /// names them nothing a hint can read. Only when at least <see cref="MinTextBeforeCommentLabel"/> characters of
    /// paragraphs stand before the label, so that the article itself is never what is cut.
    /// </summary>
    private void CutAtCommentLabel(List<int> selected)
    {
        if (selected.Count < 2)
        {
            return;
        }

        int k = 0;
        long before = 0;
        for (int i = selected[0]; i <= selected[^1]; i++)
        {
            bool isSelected = k < selected.Count && selected[k] == i;

            // A label that is a link ("Comments (3)" under each post of a weblog's page) leads elsewhere and opens nothing here.
            if (before >= MinTextBeforeCommentLabel && _blocks[i].LinkDensity < 0.5 && CommentLabels.IsLabel(_blocks[i].Text) && !IsDataCell(_blocks[i]))
            {
                selected.RemoveRange(k, selected.Count - k);
                _commentCut = i;
                return;
            }

            if (isSelected)
            {
                if (_blocks[i].Kind != HtmlBlockKind.Heading)
                {
                    before += _blocks[i].Text.Length;
                }

                k++;
            }
        }
    }

    /// <summary>Whether the block is all the text of a table cell: a column head ("Comment") of a data table, not a section's label.</summary>
    private bool IsDataCell(HtmlBlock block)
    {
        var e = block.Owner;
        for (int level = 0; level < 4 && e is not null; level++, e = e.ParentElement)
        {
            if (e.LocalName is "td" or "th")
            {
                return _info.TryGetValue(e, out var cell) && cell.Chars <= 2 * block.Text.Length;
            }
        }

        return false;
    }

    private void SelectIn(IElement root, string? title, List<int> selected)
    {
        var rootInfo = _info[root];
        for (int i = rootInfo.FirstBlock; i < rootInfo.EndBlock; i++)
        {
            if (Keep(_blocks[i], root, rootInfo, title))
            {
                selected.Add(i);
            }
        }
    }

    private bool HasText(List<int> selected)
    {
        foreach (int i in selected)
        {
            if (_blocks[i].Kind != HtmlBlockKind.Heading)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Finds, among the blocks before the first selected one inside the main container (or the first selected one
    /// itself), a short line that carries most of the words of <paramref name="documentTitle"/>: on pages without a
    /// heading or og:title, the article's own title line, which <c>&lt;title&gt;</c> often wraps in the site name.
    /// </summary>
    public int FindTitleBlock(List<int> selected, string documentTitle, int firstCandidate)
    {
        var titleWords = ShingleMatcher.Words(documentTitle.ToLowerInvariant());
        if (titleWords.Count == 0)
        {
            return -1;
        }

        int last = selected.Count > 0 ? selected[0] : _blocks.Count - 1;
        for (int i = Math.Max(0, firstCandidate); i <= last && i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.Text.Length > 200 || block.LinkDensity > 0.5)
            {
                continue;
            }

            var words = ShingleMatcher.Words(block.Text.ToLowerInvariant());
            int shared = 0;
            foreach (string w in words)
            {
                if (titleWords.Contains(w))
                {
                    shared++;
                }
            }

            if (words.Count > 0 && shared * 2 >= titleWords.Count && shared * 3 >= words.Count * 2)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The best-scoring candidate of the last <see cref="Select"/>, if any.</summary>
    public IElement? Best { get; private set; }

    /// <summary>The containers the last <see cref="Select"/> chose the blocks in.</summary>
    public IReadOnlyList<IElement> Roots { get; private set; } = [];

    /// <summary>The learned scorer's features of every block, given the heuristic choice <paramref name="selected"/>.</summary>
    public HtmlBlockFeatures Features(List<int> selected, string? title) => new(_blocks, _info, selected, Roots, Best, title);

    /// <summary>
    /// The blocks that <paramref name="model"/> takes for main text, reading the heuristic choice
    /// <paramref name="selected"/> among its features; the heuristic choice itself when the model keeps no text.
    /// </summary>
    /// <param name="model">The scorer.</param>
    /// <param name="selected">The heuristic choice.</param>
    /// <param name="title">The page's title (og:title, the JSON-LD headline, an h1 or the document title).</param>
    /// <param name="documentTitle">The page's <c>&lt;title&gt;</c>, which often says the headline in other words than og:title.</param>
    public List<int> Rescore(HtmlBlockModel model, List<int> selected, string? title, string? documentTitle = null)
    {
        if (_blocks.Count == 0)
        {
            return selected;
        }

        var features = Features(selected, title);
        float[] buffer = System.Buffers.ArrayPool<float>.Shared.Rent(_blocks.Count);
        try
        {
            var probabilities = buffer.AsSpan(0, _blocks.Count);
            model.Predict(features, probabilities);
            return Decide(model, features, probabilities, selected, title, documentTitle);
        }
        finally
        {
            System.Buffers.ArrayPool<float>.Shared.Return(buffer);
        }
    }

    private List<int> Decide(HtmlBlockModel model, HtmlBlockFeatures features, ReadOnlySpan<float> probabilities, List<int> selected, string? title, string? documentTitle)
    {
        var kept = new List<int>();
        long heuristicChars = 0, keptHeuristicChars = 0;
        for (int i = 0; i < probabilities.Length; i++)
        {
            bool wasKept = features.Kept(i);
            if (wasKept)
            {
                heuristicChars += _blocks[i].Text.Length;
            }

            // The probability first: MayAdd reads the words of title-like blocks, which only blocks the scorer would add need.
            if (!wasKept && (probabilities[i] < model.AddThreshold || i >= _commentCut || !MayAdd(_blocks[i], title, documentTitle)))
            {
                continue;
            }

            if (probabilities[i] >= (wasKept ? model.DropThreshold : model.AddThreshold))
            {
                kept.Add(i);
                if (wasKept)
                {
                    keptHeuristicChars += _blocks[i].Text.Length;
                }
            }
        }

        // The scorer corrects the heuristic choice; it does not replace it: when it would drop most of that text, the
        // page is one it has not learned to read, and the heuristic choice stands.
        if (keptHeuristicChars * 2 < heuristicChars)
        {
            return selected;
        }

        return HasText(kept) ? kept : selected;
    }

    /// <summary>
    /// Whether the scorer may add a block the heuristic left out: running text, not a caption, a short label, menu entry,
    /// dateline or topic tag (which sets annotate differently, and news pages leave out), nor a repeat of the title or the document title, in its words or nearly (the
    /// article's text starts with the title already), nor text inside a comment thread or a subtree that tag or hint
    /// marks as furniture (a pull quote in an aside repeats the article; comment threads stay out, see ARCHITECTURE).
    /// </summary>
    private bool MayAdd(HtmlBlock block, string? title, string? documentTitle)
    {
        if (block.Kind == HtmlBlockKind.Caption || (title is not null && block.Text.Equals(title, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (_info.TryGetValue(block.Owner, out var owner) && (owner.UnderNegative || owner.UnderComment))
        {
            return false;
        }

        if (block.Text.Length < MinAddedLength && !(block.Text.Length >= 20 && block.Text[^1] is '.' or '!' or '?'))
        {
            return false;
        }

        return (title is null || !RepeatsTitle(block, title)) && (documentTitle is null || !RepeatsTitle(block, documentTitle));
    }

    /// <summary>
    /// Whether a short block says the title in other words: most of its words are the title's and it holds at least
    /// half of them (a headline that differs from og:title by a word or its punctuation). The text starts with the title.
    /// </summary>
    internal static bool RepeatsTitle(HtmlBlock block, string title)
    {
        if (block.Text.Length > 2 * title.Length + 20)
        {
            return false;
        }

        var titleWords = ShingleMatcher.Words(title.ToLowerInvariant());
        var words = ShingleMatcher.Words(block.Text.ToLowerInvariant());
        if (titleWords.Count == 0 || words.Count == 0)
        {
            return false;
        }

        var set = new HashSet<string>(titleWords, StringComparer.Ordinal);
        int shared = 0;
        foreach (string w in words)
        {
            shared += set.Contains(w) ? 1 : 0;
        }

        return shared * 2 >= titleWords.Count && shared * 3 >= words.Count * 2;
    }

    /// <summary>The first block of the main container (its first root), where a title line may stand.</summary>
    public int ContainerStart { get; private set; } = -1;

    /// <summary>
    /// Short lines before the first real paragraph without sentence punctuation are kickers, datelines, bylines and
    /// reading times ("Press release", "30 June 2025 · 4 min read"), not article text.
    /// </summary>
    private void DropLeadingLabels(List<int> selected)
    {
        int firstParagraph = selected.FindIndex(i => _blocks[i].Kind != HtmlBlockKind.Heading && _blocks[i].Text.Length >= 80);
        if (firstParagraph <= 0)
        {
            return;
        }

        for (int k = firstParagraph - 1; k >= 0; k--)
        {
            if (IsLabel(_blocks[selected[k]]))
            {
                selected.RemoveAt(k);
            }
        }
    }

    private static bool IsLabel(HtmlBlock block)
    {
        if (block.Kind == HtmlBlockKind.Heading || block.Text.Length >= 50)
        {
            return false;
        }

        char last = block.Text[^1];
        return last is not ('.' or '!' or '?' or '"' or '\u201d' or ':' or ')');
    }

    private void ScoreCandidates()
    {
        foreach (var block in _blocks)
        {
            if (block.Kind == HtmlBlockKind.Heading || block.Text.Length < MinScoredLength)
            {
                continue;
            }

            double score = 1 + CountCommas(block.Text) + Math.Min(block.Text.Length / 100, 3);
            var ancestor = block.Owner.ParentElement;
            for (int level = 0; level < 5 && ancestor is not null; level++)
            {
                if (!_info.TryGetValue(ancestor, out var info))
                {
                    break;
                }

                if (!info.Scored)
                {
                    info.Scored = true;
                    info.Score = InitialScore(ancestor, info);
                    _candidates.Add(ancestor);
                }

                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                info.Score += score / divider;
                if (ancestor == _body)
                {
                    break;
                }

                ancestor = ancestor.ParentElement;
            }
        }

        foreach (var c in _candidates)
        {
            var info = _info[c];
            info.Score *= 1 - info.LinkDensity;

            // Text inside a side column (an "About me" blurb, a profile) counts less than the same text in the page's
            // main column: a short post must not lose to the longer blurb beside it.
            if (info.UnderSideColumn)
            {
                info.Score *= SideColumnFactor;
            }
        }
    }

    private static double InitialScore(IElement element, HtmlElementInfo info)
    {
        double score = element.LocalName switch
        {
            "article" => 10,
            "div" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return score + info.Weight;
    }

    private IElement? BestCandidate()
    {
        IElement? top = null;
        double best = double.MinValue;
        foreach (var c in _candidates)
        {
            double s = _info[c].Score;
            if (s > best)
            {
                best = s;
                top = c;
            }
        }

        return top;
    }

    private IElement? TopCandidate(IElement? top)
    {
        if (top is null)
        {
            return null;
        }

        double best = _info[top].Score;

        // Several strong candidates under one ancestor mean the text is split across them: take the ancestor.
        var alternatives = new List<IElement>();
        foreach (var c in _candidates)
        {
            if (c != top && _info[c].Score >= best * 0.75)
            {
                alternatives.Add(c);
            }
        }

        if (alternatives.Count >= 3)
        {
            for (var parent = top.ParentElement; parent is not null && parent != _body && _info.ContainsKey(parent); parent = parent.ParentElement)
            {
                int containing = 0;
                foreach (var alt in alternatives)
                {
                    if (alt == parent || IsAncestor(parent, alt))
                    {
                        containing++;
                    }
                }

                if (containing >= 3)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Climb while the parent scores comparably: the article's text often spreads over a wrapper's children.
        double last = _info[top].Score;
        double threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent != _body; parent = parent.ParentElement)
        {
            if (!_info.TryGetValue(parent, out var pi) || !pi.Scored)
            {
                continue;
            }

            if (pi.Score < threshold)
            {
                break;
            }

            if (pi.Score > last)
            {
                top = parent;
                break;
            }

            last = pi.Score;
        }

        while (top.ParentElement is { } p && p != _body && p.ChildElementCount == 1 && _info.ContainsKey(p))
        {
            top = p;
        }

        return top;
    }

    private List<IElement> MergeSiblings(IElement top)
    {
        var parent = top.ParentElement;
        if (parent is null || top == _body)
        {
            return [top];
        }

        var topInfo = _info[top];
        double threshold = Math.Max(10, topInfo.Score * 0.2);
        string? topClass = top.GetAttribute("class");
        var roots = new List<IElement>();
        foreach (var sibling in parent.Children)
        {
            if (!_info.TryGetValue(sibling, out var si))
            {
                continue;
            }

            if (sibling == top)
            {
                roots.Add(sibling);
                continue;
            }

            if (si.IsNegative)
            {
                continue;
            }

            double bonus = topClass is not null && topClass.Length > 0 && topClass == sibling.GetAttribute("class") ? topInfo.Score * 0.2 : 0;
            if (si.Scored && si.Score + bonus >= threshold)
            {
                roots.Add(sibling);
                continue;
            }

            if (si.EndBlock > si.FirstBlock && IsProse(sibling, si))
            {
                roots.Add(sibling);
            }
        }

        return roots;
    }

    /// <summary>A paragraph, or a wrapper of paragraphs, that reads as running text: a lead or summary beside the body.</summary>
    private bool IsProse(IElement element, HtmlElementInfo info)
    {
        double density = info.LinkDensity;
        if (element.LocalName == "p")
        {
            string text = _blocks[info.FirstBlock].Text;
            return (text.Length > 80 && density < 0.25) || (text.Length > 0 && density == 0 && (text.Contains(". ", StringComparison.Ordinal) || text.EndsWith('.')));
        }

        if (info.Weight < 0 || density > 0.1 || info.Chars < 80)
        {
            return false;
        }

        for (int i = info.FirstBlock; i < info.EndBlock; i++)
        {
            var block = _blocks[i];
            if (block.Kind != HtmlBlockKind.Paragraph || block.Text.Length < 80 || !block.Text.Contains(". ", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private bool Keep(HtmlBlock block, IElement root, HtmlElementInfo rootInfo, string? title)
    {
        if (block.Kind == HtmlBlockKind.Caption || (block.Text.Length < 48 && BoilerplateLabels.Contains(block.Text.Trim(LabelTrim))))
        {
            return false;
        }

        if (block.Kind != HtmlBlockKind.Preformatted && block.LinkDensity > 0.5)
        {
            return false;
        }

        if (title is not null && block.Text.Equals(title, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var e = block.Owner; e is not null && e != root; e = e.ParentElement)
        {
            if (!_pruneNothing && _info.TryGetValue(e, out var info) && !_bestPath.Contains(e) && (IsPruned(e, info, rootInfo) || (info.UnderSideColumn && !_bestInSideColumn)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a subtree inside the main container is page furniture: boilerplate by tag or hint, or a list of links
    /// with little prose. A subtree holding most of the container's text is the article itself, whatever its class.
    /// </summary>
    private static bool IsPruned(IElement element, HtmlElementInfo info, HtmlElementInfo rootInfo)
    {
        if (info.Chars * 2 > rootInfo.Chars)
        {
            return false;
        }

        if (info.IsNegative)
        {
            return true;
        }

        if (info.Commas >= 10 || element.LocalName is not ("div" or "section" or "ul" or "ol" or "table" or "dl" or "aside"))
        {
            return false;
        }

        return info.Weight >= 25 ? info.LinkDensity > 0.5 : info.LinkDensity > 0.33;
    }

    private static bool IsAncestor(IElement ancestor, IElement node)
    {
        for (var e = node.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static int CountCommas(string text)
    {
        int n = 0;
        foreach (char c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                n++;
            }
        }

        return n;
    }
}
