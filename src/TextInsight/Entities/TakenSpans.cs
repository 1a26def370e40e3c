namespace TextInsight.Entities;

/// <summary>
/// The spans of the first mentions of a list, for the question whether a span overlaps one of them in O(log n): a
/// long document holds tens of thousands of mentions, and a scan of all of them per name made entity recognition
/// quadratic (the recognizer's numbers and rule names: 14 s for 2 MB of news-like lines, 93 s for 5 MB; the linker's
/// names and values around each bracket: 11.6 s for 1.6 MB of names with acronyms in brackets).
/// </summary>
internal readonly struct TakenSpans
{
    private readonly int[] _starts;
    private readonly int[] _maxEnds;

    public TakenSpans(IReadOnlyList<EntityMention> mentions, int count)
    {
        _starts = new int[count];
        var ends = new int[count];
        for (int i = 0; i < count; i++)
        {
            _starts[i] = mentions[i].Span.Start;
            ends[i] = mentions[i].Span.End;
        }

        Array.Sort(_starts, ends);
        _maxEnds = ends;
        for (int i = 1; i < count; i++)
        {
            _maxEnds[i] = Math.Max(_maxEnds[i - 1], _maxEnds[i]);
        }
    }

    /// <summary>Whether some span starts before <paramref name="span"/> ends and ends after it starts.</summary>
    public bool Overlaps(TextSpan span)
    {
        // The spans starting before span.End are the first `before` ones; one of them overlaps iff the furthest end among them passes span.Start.
        int lo = 0, hi = _starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_starts[mid] < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo > 0 && _maxEnds[lo - 1] > span.Start;
    }
}
