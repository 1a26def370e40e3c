using TextInsight.Entities.Ner;

namespace TextInsight.Entities.Rules;

/// <summary>Rule 10: in the title and headings, a name is read as the body writes it: longer (<c>Harbourside</c> → <c>Harbourside Film Festival</c>), cut to a body name (<c>Dunmore Mayoral</c> → <c>Dunmore</c>; not a person's full name to the surname the body calls them by), a lone designator or an uncertain name the body never mentions dropped.</summary>
/// <param name="lexicon">The tagger's case lexicon: the words its training data mostly write in lower case (null: none).</param>
internal sealed class HeadlineAgreementRule(NerCaseLexicon? lexicon) : INameRule
{
    public NameRule Id => NameRule.HeadlineAgreement;

    public void Apply(NameRuleContext context)
    {
        Headlines(context.Doc, context.Names);
    }

    // Rule 10: the title and headings against the body.
    internal void Headlines(RuleDoc doc, List<RuleName> names)
    {
        if (!names.Exists(n => doc.IsHeadline[doc.Segment[n.First]]))
        {
            return;
        }

        var body = new List<RuleName>();
        foreach (var n in names)
        {
            if (!doc.IsHeadline[doc.Segment[n.First]])
            {
                body.Add(n);
            }
        }

        // The body's distinct names of at most NameWords.MaxNameWords words, by their first word (no more than NameWords.MaxSameStart for one
        // word): bounds that keep the search below linear in the headline's length, whatever the page.
        var bodyTexts = new HashSet<string>(StringComparer.Ordinal);
        var byFirstWord = new Dictionary<string, List<RuleName>>(StringComparer.Ordinal);
        foreach (var b in body)
        {
            if (bodyTexts.Add(doc.TextOf(b)) && b.End - b.First <= NameWords.MaxNameWords)
            {
                string key = doc.Word(b.First).ToString();
                if (!byFirstWord.TryGetValue(key, out var list))
                {
                    byFirstWord[key] = list = [];
                }

                if (list.Count < NameWords.MaxSameStart)
                {
                    list.Add(b);
                }
            }
        }

        var lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = names.Count - 1; i >= 0; i--)
        {
            var n = names[i];
            int s = doc.Segment[n.First];
            if (!doc.IsHeadline[s] || bodyTexts.Contains(doc.TextOf(n)))
            {
                continue;
            }

            // The longest body name written in the headline over this one: it starts at most NameWords.MaxNameWords - 1 words before
            // the name and at or before the name's last word.
            RuleName? best = null;
            for (int at = Math.Max(doc.SegmentStarts[s], n.First - NameWords.MaxNameWords + 1); at < n.End; at++)
            {
                if (!lookup.TryGetValue(doc.Word(at), out var candidates))
                {
                    continue;
                }

                foreach (var b in candidates)
                {
                    int length = b.End - b.First;
                    if (at + length > n.First && at + length <= doc.SegmentStarts[s + 1] && (best is not { } current || length > current.End - current.First)
                        && doc.SameWords(at, b.First, length))
                    {
                        best = new RuleName(at, at + length, b.Type, Math.Max(n.Confidence, b.Confidence));
                    }
                }
            }

            // Cut only to a real name: not to a lone designator ("Aussie Open" stays, though the body has "Open"), nor a
            // person's full name to the surname the body calls them by ("Taylor Swift" stays, though the body has "Swift").
            if (best is { } found && (found.First <= n.First && found.End >= n.End
                || (ExtraWordsUncapitalized(doc, n, found) && !(found.End - found.First == 1 && NameWords.Designators.Contains(doc.Word(found.First)))
                    && !IsSurnameOf(doc, n, found, body))))
            {
                names[i] = found;
                continue;
            }

            bool designatorAlone = n.End - n.First == 1 && NameWords.Designators.Contains(doc.Word(n.First));
            if (designatorAlone || (n.Confidence < 0.5 && !doc.BodyMentions(n)))
            {
                names.RemoveAt(i);
            }
        }

        // Two headline names may now cover the same words.
        names.Sort(static (a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.End.CompareTo(a.End));
        for (int i = names.Count - 1; i > 0; i--)
        {
            if (names[i].First < names[i - 1].End)
            {
                names.RemoveAt(i);
            }
        }
    }

    // A person's full name in a headline and the body's person of its last words ("Taylor Swift" and "Swift"): news
    // names a person in full once and by surname after, so the body's form is the short one, not a correction of the
    // headline's. Not where the body names that person in full otherwise ("Classy Henman" against the body's "Tim
    // Henman": the headline's word is an epithet), nor where a word in front is a common word the training text writes in
    // lower case; a trailing word ("Dunmore Mayoral" → "Dunmore") or a name of another type is cut as before.
    private bool IsSurnameOf(RuleDoc doc, RuleName headline, RuleName found, List<RuleName> body)
    {
        if (headline.Type != EntityType.Person || found.Type != EntityType.Person || found.End != headline.End || found.First <= headline.First)
        {
            return false;
        }

        for (int k = headline.First; k < found.First; k++)
        {
            if (!doc.IsCapitalized(k) || (lexicon is not null && lexicon.ContainsWord(doc.Word(k))))
            {
                return false;
            }
        }

        int surname = found.End - found.First;
        foreach (var b in body)
        {
            int length = b.End - b.First;
            if (b.Type == EntityType.Person && length > surname && doc.SameWords(b.End - surname, found.First, surname))
            {
                return false;
            }
        }

        return true;
    }

    // "Dunmore Mayoral" holds the body name "Dunmore"; "Mayoral" is written nowhere else capitalized.
    internal static bool ExtraWordsUncapitalized(RuleDoc doc, RuleName n, RuleName found)
    {
        for (int k = n.First; k < n.End; k++)
        {
            if ((k < found.First || k >= found.End) && doc.CapitalizedInBody(doc.Word(k)))
            {
                return false;
            }
        }

        return true;
    }
}
