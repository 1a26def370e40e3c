namespace TextInsight.Entities.Rules;

/// <summary>Rule 4: a capitalized run in apposition with a noun phrase whose head is a work or product noun, or after such a noun, is a Misc name: <c>Weather Patterns, their first album</c>, <c>the thriller Night Ferry</c>.</summary>
internal sealed class WorkAppositionRule : INameRule
{
    public NameRule Id => NameRule.WorkApposition;

    public void Apply(NameRuleContext context)
    {
        Appositions(context.Doc, context.Names, context.Misc);
    }

    // Rule 4: a capitalized run in apposition with a work or product noun.
    internal static void Appositions(RuleDoc doc, List<RuleName> names, HashSet<string> misc)
    {
        // Which name covers each token (-1 for none), kept up to date as runs are added, so each look-up is constant time.
        var cover = new int[doc.Tokens.Count];
        Array.Fill(cover, -1);
        for (int n = 0; n < names.Count; n++)
        {
            cover.AsSpan(names[n].First, names[n].End - names[n].First).Fill(n);
        }

        for (int s = 0; s < doc.SegmentCount; s++)
        {
            int start = doc.SegmentStarts[s], end = doc.SegmentStarts[s + 1];
            if (doc.IsHeadline[s])
            {
                continue;
            }

            int i = start;
            while (i < end)
            {
                // A sentence's first word starts a run only where the tagger saw a name begin.
                if (!doc.IsCapitalized(i) || (doc.IsFirstWord(i) && (cover[i] < 0 || names[cover[i]].First != i)))
                {
                    i++;
                    continue;
                }

                int runEnd = i + 1;
                while (runEnd < end && doc.Adjacent(runEnd - 1, runEnd) && (doc.IsCapitalized(runEnd) || ModelCodeRule.IsModelCode(doc.Word(runEnd))))
                {
                    runEnd++;
                }

                if (!(runEnd - i == 1 && NameWords.Calendar.Contains(doc.Word(i))) && (WorkAfter(doc, runEnd, end) || (WorkBefore(doc, start, i) && !PersonStartingClause(doc, names, cover, i, runEnd, end))))
                {
                    var run = new RuleName(i, runEnd, EntityType.Misc, NameWords.RuleConfidence);
                    int overlapping = -1;
                    bool several = false;
                    for (int k = i; k < runEnd; k++)
                    {
                        if (cover[k] >= 0 && cover[k] != overlapping)
                        {
                            several |= overlapping >= 0;
                            overlapping = cover[k];
                        }
                    }

                    if (overlapping < 0)
                    {
                        names.Add(run);
                        cover.AsSpan(i, runEnd - i).Fill(names.Count - 1);
                    }
                    else if (!several && names[overlapping].First >= i && names[overlapping].End <= runEnd)
                    {
                        names[overlapping] = run with { Confidence = Math.Max(NameWords.RuleConfidence, names[overlapping].Confidence) };
                        cover.AsSpan(i, runEnd - i).Fill(overlapping);
                    }
                    else
                    {
                        i = runEnd;
                        continue;
                    }

                    misc.Add(doc.TextOf(run));
                }

                i = runEnd;
            }
        }
    }

    // ", their first album", ", a quiet family drama set on …", ", one of the most popular smart thermostats".
    internal static bool WorkAfter(RuleDoc doc, int at, int end)
    {
        if (at >= end || doc.Word(at) is not ",")
        {
            return false;
        }

        int k = at + 1;
        if (k + 2 < end && doc.Is(k, "one") && doc.Is(k + 1, "of"))
        {
            k += 2;
        }

        if (k < end && NameWords.Determiners.Contains(doc.Word(k)))
        {
            k++;
        }

        // The noun phrase runs to a stop word, a punctuation mark or a capitalized word; its last word is its head, which
        // must be the work or product noun: "a film historian" is a person, "the programme's co-ordinator" too.
        int head = -1;
        for (int n = 0; n < 5 && k < end && doc.IsLowerWord(k) && !NameWords.PhraseStops.Contains(doc.Word(k)); n++, k++)
        {
            head = k;
        }

        bool possessive = k < end && doc.Word(k) is ['\'' or '’', 's' or 'S'];
        bool clause = k < end && NameWords.FiniteVerbs.Contains(doc.Word(k));
        return head >= 0 && !possessive && !clause && (k >= end || !doc.IsLowerWord(k) || NameWords.PhraseStops.Contains(doc.Word(k))) && NameWords.WorkNouns.Contains(doc.Word(head));
    }

    // "In the film Tom Hanks plays a pilot": a person the tagger found, followed by a lower-case word, is the subject of a
    // clause, not the title after the noun ("her book Small Island win …", "the album Stakonia saw …" stay titles).
    internal static bool PersonStartingClause(RuleDoc doc, List<RuleName> names, int[] cover, int first, int runEnd, int end) =>
        runEnd < end && doc.IsLowerWord(runEnd) && cover[first] >= 0 && names[cover[first]].Type == EntityType.Person;

    // "the thriller Night Ferry", "its new album Weather Patterns".
    internal static bool WorkBefore(RuleDoc doc, int start, int at)
    {
        int k = at - 1;
        if (k < start || !doc.IsLowerWord(k) || !NameWords.WorkNouns.Contains(doc.Word(k)))
        {
            return false;
        }

        for (int j = k - 1; j >= start && j >= k - 3; j--)
        {
            if (!doc.IsLowerWord(j))
            {
                return false;
            }

            if (NameWords.Determiners.Contains(doc.Word(j)))
            {
                return true;
            }
        }

        return false;
    }
}
