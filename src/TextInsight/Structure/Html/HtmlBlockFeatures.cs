using AngleSharp.Dom;

namespace TextInsight.Structure.Html;

/// <summary>
/// The features of every block of one page for <see cref="HtmlBlockModel"/>: what the block is (length, words, link
/// density, punctuation, digits, kind, heading level), where it is (position in the page, distance to the chosen
/// container, depth against the best-scoring node, table and list membership, boilerplate, content or comment-thread
/// hints above it),
/// what the heuristic extractor decided about it and its neighbours and siblings, and its tag, its parent's tag and the
/// class/id words of it and its three nearest ancestors as hashed indicator features. Dense values go to a span; hashed
/// features are indices whose value is one.
/// </summary>
internal sealed class HtmlBlockFeatures
{
    /// <summary>How many dense features the first pass reads.</summary>
    public const int Dense = 49;

    /// <summary>How many more dense features the second pass reads: what the first pass said around the block.</summary>
    public const int Context = 6;

    /// <summary>log2 of the number of hashed feature slots.</summary>
    public const int HashBits = 12;

    /// <summary>The number of hashed feature slots.</summary>
    public const int HashSize = 1 << HashBits;

    /// <summary>The most hashed features one block has.</summary>
    public const int MaxHashed = 24;

    private const int AncestorLevels = 3;

    private readonly IReadOnlyList<HtmlBlock> _blocks;
    private readonly IReadOnlyDictionary<IElement, HtmlElementInfo> _info;
    private readonly bool[] _kept;
    private readonly int[] _keptPrefix;
    private readonly bool[] _inRoots;
    private readonly int _containerStart;
    private readonly int _containerEnd;
    private readonly int _bestFirst;
    private readonly int _bestEnd;
    private readonly int _bestDepth;
    private readonly string? _title;

    /// <param name="blocks">The page's blocks.</param>
    /// <param name="info">What the collector learned of each element.</param>
    /// <param name="selected">The blocks the heuristic extractor kept.</param>
    /// <param name="roots">The containers the heuristic extractor chose.</param>
    /// <param name="best">The best-scoring candidate, if any.</param>
    /// <param name="title">The page's title, if known.</param>
    public HtmlBlockFeatures(IReadOnlyList<HtmlBlock> blocks, IReadOnlyDictionary<IElement, HtmlElementInfo> info, List<int> selected, IReadOnlyList<IElement> roots, IElement? best, string? title)
    {
        _blocks = blocks;
        _info = info;
        _title = title;
        int n = blocks.Count;
        _kept = new bool[n];
        foreach (int i in selected)
        {
            _kept[i] = true;
        }

        _keptPrefix = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            _keptPrefix[i + 1] = _keptPrefix[i] + (_kept[i] ? 1 : 0);
        }

        _inRoots = new bool[n];
        _containerStart = n;
        _containerEnd = 0;
        foreach (var root in roots)
        {
            var ri = info[root];
            for (int i = ri.FirstBlock; i < ri.EndBlock; i++)
            {
                _inRoots[i] = true;
            }

            if (ri.EndBlock > ri.FirstBlock)
            {
                _containerStart = Math.Min(_containerStart, ri.FirstBlock);
                _containerEnd = Math.Max(_containerEnd, ri.EndBlock);
            }
        }

        if (_containerEnd <= _containerStart)
        {
            _containerStart = 0;
            _containerEnd = n;
        }

        if (best is not null && info.TryGetValue(best, out var bi))
        {
            _bestFirst = bi.FirstBlock;
            _bestEnd = bi.EndBlock;
            _bestDepth = bi.Depth;
        }
    }

    /// <summary>The number of blocks.</summary>
    public int Count => _blocks.Count;

    /// <summary>Whether the heuristic extractor kept block <paramref name="i"/>.</summary>
    public bool Kept(int i) => _kept[i];

    /// <summary>Writes the dense features of block <paramref name="i"/> and returns how many hashed indices it wrote.</summary>
    public int Compute(int i, Span<float> dense, Span<int> hashed)
    {
        dense.Clear();
        var block = _blocks[i];
        string text = block.Text;
        int n = _blocks.Count;
        dense[0] = 1;
        dense[1] = _kept[i] ? 1 : 0;
        dense[2] = _inRoots[i] ? 1 : 0;
        dense[3] = i >= _bestFirst && i < _bestEnd ? 1 : 0;
        dense[4] = (float)(Math.Log(1 + text.Length) / 8);
        dense[5] = (float)block.LinkDensity;
        char last = text.Length > 0 ? text[^1] : ' ';
        bool sentenceEnd = last is '.' or '!' or '?' or '"' or '\u201d' or '\u3002' or ')';
        dense[6] = sentenceEnd ? 1 : 0;
        int commas = 0, digits = 0, letters = 0, upper = 0, words = 0, stops = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                commas++;
            }
            else if (c is '.' or '!' or '?' or '\u3002')
            {
                stops++;
            }

            if (char.IsDigit(c))
            {
                digits++;
            }
            else if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }

            bool w = char.IsLetterOrDigit(c);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        int len = Math.Max(1, text.Length);
        dense[7] = Math.Min(1f, commas * 20f / len);
        dense[8] = (float)digits / len;
        dense[9] = letters == 0 ? 0 : (float)upper / letters;
        dense[10] = block.Kind == HtmlBlockKind.Heading ? 1 : 0;
        dense[11] = block.Kind == HtmlBlockKind.ListItem ? 1 : 0;
        dense[12] = block.Kind == HtmlBlockKind.Row ? 1 : 0;
        dense[13] = block.Kind == HtmlBlockKind.Preformatted ? 1 : 0;
        dense[14] = block.Kind == HtmlBlockKind.Caption ? 1 : 0;
        dense[15] = block.HeadingLevel == 1 ? 1 : 0;
        dense[16] = n <= 1 ? 0 : (float)i / (n - 1);
        dense[17] = i < _containerStart ? (float)(Math.Log(1 + _containerStart - i) / 5) : 0;
        dense[18] = i >= _containerEnd ? (float)(Math.Log(1 + i - _containerEnd + 1) / 5) : 0;
        var owner = _info.TryGetValue(block.Owner, out var oi) ? oi : null;
        dense[19] = owner is { UnderNegative: true } ? 1 : 0;
        dense[20] = owner is { UnderPositive: true } ? 1 : 0;
        dense[21] = owner is null ? 0 : Math.Clamp(owner.Weight / 50f, -1, 1);
        dense[22] = owner is null ? 0 : (float)owner.LinkDensity;
        var parentElement = block.Owner.ParentElement;
        var parent = parentElement is not null && _info.TryGetValue(parentElement, out var pi) ? pi : null;
        var grandElement = parentElement?.ParentElement;
        var grand = grandElement is not null && _info.TryGetValue(grandElement, out var gi) ? gi : null;
        dense[23] = parent is null ? 0 : (float)parent.LinkDensity;
        dense[24] = parent is null ? 0 : (float)(Math.Log(1 + parent.Chars) / 10);
        dense[25] = Math.Clamp((block.OwnerDepth - _bestDepth) / 10f, -1, 1);
        dense[26] = _title is not null && text.Equals(_title, StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        dense[27] = text.Length < 50 && !sentenceEnd ? 1 : 0;
        dense[28] = i > 0 && _kept[i - 1] ? 1 : 0;
        dense[29] = i + 1 < n && _kept[i + 1] ? 1 : 0;
        dense[30] = i > 0 ? (float)(Math.Log(1 + _blocks[i - 1].Text.Length) / 8) : 0;
        dense[31] = i + 1 < n ? (float)(Math.Log(1 + _blocks[i + 1].Text.Length) / 8) : 0;
        dense[32] = i > 0 ? (float)_blocks[i - 1].LinkDensity : 0;
        dense[33] = i + 1 < n ? (float)_blocks[i + 1].LinkDensity : 0;
        dense[34] = (float)(Math.Log(1 + stops) / 3);
        dense[35] = (float)(Math.Log(1 + words) / 6);
        dense[36] = block.LinkChars >= text.Length ? 1 : 0;
        dense[37] = owner is { InTable: true } ? 1 : 0;
        dense[38] = owner is { InList: true } ? 1 : 0;
        dense[39] = parent is null ? 0 : KeptShare(parent);
        dense[40] = grand is null ? 0 : KeptShare(grand);
        dense[41] = parent is null ? 0 : (float)(Math.Log(1 + parent.EndBlock - parent.FirstBlock) / 5);
        dense[42] = parent is null || parent.EndBlock == parent.FirstBlock ? 0 : (float)(Math.Log(1 + (double)parent.Chars / (parent.EndBlock - parent.FirstBlock)) / 8);
        dense[43] = grand is null ? 0 : (float)grand.LinkDensity;
        dense[44] = _inRoots[i] && !_kept[i] ? 1 : 0;
        dense[45] = text.Length >= 80 && sentenceEnd && block.LinkDensity < 0.2 ? 1 : 0;
        dense[46] = (float)(Math.Log(1 + KeptWithin(Math.Max(0, i - 5), Math.Min(n, i + 6))) / 2.5);
        dense[48] = owner is { UnderComment: true } ? 1 : 0;
        dense[47] = _containerEnd > _containerStart ? Math.Min(1f, (float)(_containerEnd - _containerStart) / 200) : 0;

        int h = 0;
        h = Add(hashed, h, 't', block.Owner.LocalName);
        h = Add(hashed, h, 'p', parentElement?.LocalName);
        var e = block.Owner;
        for (int level = 0; level <= AncestorLevels && e is not null && h < MaxHashed; level++, e = e.ParentElement)
        {
            char prefix = level == 0 ? 'o' : 'a';
            h = AddWords(hashed, h, prefix, e.GetAttribute("class"));
            h = AddWords(hashed, h, prefix, e.GetAttribute("id"));
        }

        return h;
    }

    private float KeptShare(HtmlElementInfo element)
    {
        int count = element.EndBlock - element.FirstBlock;
        return count <= 0 ? 0 : (float)(_keptPrefix[element.EndBlock] - _keptPrefix[element.FirstBlock]) / count;
    }

    private int KeptWithin(int start, int end) => _keptPrefix[end] - _keptPrefix[start];

    /// <summary>The block range of block <paramref name="i"/>'s parent and grandparent (empty ranges when unknown).</summary>
    public (int ParentFirst, int ParentEnd, int GrandFirst, int GrandEnd) Ranges(int i)
    {
        var parentElement = _blocks[i].Owner.ParentElement;
        if (parentElement is null || !_info.TryGetValue(parentElement, out var pi))
        {
            return (0, 0, 0, 0);
        }

        var grandElement = parentElement.ParentElement;
        return grandElement is not null && _info.TryGetValue(grandElement, out var gi)
            ? (pi.FirstBlock, pi.EndBlock, gi.FirstBlock, gi.EndBlock)
            : (pi.FirstBlock, pi.EndBlock, pi.FirstBlock, pi.EndBlock);
    }

    /// <summary>
    /// Writes the second pass's context features of block <paramref name="i"/> from the first pass's probabilities
    /// <paramref name="p1"/> (prefix sums in <paramref name="prefix"/>, length <see cref="Count"/> + 1).
    /// </summary>
    public void ComputeContext(int i, ReadOnlySpan<float> p1, ReadOnlySpan<float> prefix, Span<float> context) =>
        ComputeContext(i, Ranges(i), p1, prefix, context);

    /// <summary>The context features of block <paramref name="i"/> of a page whose first-pass probabilities are <paramref name="p1"/>.</summary>
    public static void ComputeContext(int i, (int ParentFirst, int ParentEnd, int GrandFirst, int GrandEnd) ranges, ReadOnlySpan<float> p1, ReadOnlySpan<float> prefix, Span<float> context)
    {
        int n = p1.Length;
        context[0] = p1[i];
        context[1] = i > 0 ? p1[i - 1] : 0;
        context[2] = i + 1 < n ? p1[i + 1] : 0;
        int a = Math.Max(0, i - 3), b = Math.Min(n, i + 4);
        context[3] = (prefix[b] - prefix[a] - p1[i]) / Math.Max(1, b - a - 1);
        context[4] = ranges.ParentEnd > ranges.ParentFirst ? Mean(prefix, ranges.ParentFirst, ranges.ParentEnd) : p1[i];
        context[5] = ranges.GrandEnd > ranges.GrandFirst ? Mean(prefix, ranges.GrandFirst, ranges.GrandEnd) : context[4];
    }

    private static float Mean(ReadOnlySpan<float> prefix, int first, int end) => (prefix[end] - prefix[first]) / (end - first);

    private static int Add(Span<int> hashed, int h, char prefix, string? word)
    {
        if (word is null || h >= hashed.Length)
        {
            return h;
        }

        hashed[h] = Hash(prefix, word.AsSpan());
        return h + 1;
    }

    private static int AddWords(Span<int> hashed, int h, char prefix, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return h;
        }

        int start = -1;
        for (int k = 0; k <= value.Length && h < hashed.Length; k++)
        {
            bool letter = k < value.Length && char.IsAsciiLetter(value[k]);
            if (letter && start < 0)
            {
                start = k;
            }
            else if (!letter && start >= 0)
            {
                if (k - start >= 2)
                {
                    hashed[h++] = Hash(prefix, value.AsSpan(start, k - start));
                }

                start = -1;
            }
        }

        return h;
    }

    /// <summary>FNV-1a of the prefix and the lower-cased word, folded to <see cref="HashBits"/> bits.</summary>
    internal static int Hash(char prefix, ReadOnlySpan<char> word)
    {
        uint hash = 2166136261;
        hash = (hash ^ prefix) * 16777619;
        foreach (char c in word)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * 16777619;
        }

        return (int)((hash ^ (hash >> HashBits) ^ (hash >> (2 * HashBits))) & (HashSize - 1));
    }
}
