using TextInsight.Entities.Ner;

namespace TextInsight.Entities.Rules;

/// <summary>Rule 11: in a title-case headline, an unknown first word followed by a common word (its verb) that the body never writes in lower case is a name, an organization: <c>Rafay Powers Argentum AI’s Push …</c>.</summary>
internal sealed class HeadlineSubjectRule(NerCaseLexicon? lexicon) : INameRule
{
    public NameRule Id => NameRule.HeadlineSubject;

    public void Apply(NameRuleContext context)
    {
        HeadlineSubjects(context.Doc, context.Names);
    }

    // Rule 11: "Rafay Powers Argentum AI’s Push to Scale Global GPU Infrastructure": in a title-case headline, a first
    // word that is no common word and that the body never writes in lower case, followed by a common word (the verb, in
    // title case), is the headline's subject: a name, an organization unless the document says otherwise.
    internal void HeadlineSubjects(RuleDoc doc, List<RuleName> names)
    {
        if (lexicon is null)
        {
            return;
        }

        var covered = new bool[doc.Tokens.Count];
        foreach (var n in names)
        {
            covered.AsSpan(n.First, n.End - n.First).Fill(true);
        }

        Span<char> buffer = stackalloc char[64];
        for (int s = 0; s < doc.SegmentCount; s++)
        {
            int first = doc.SegmentStarts[s], end = doc.SegmentStarts[s + 1];
            if (end - first < 3 || covered[first] || covered[first + 1] || !doc.IsCapitalized(first)
                || !NamedEntityTagger.IsTitleCaseHeadline(doc.Text, doc.Tokens, first, end))
            {
                continue;
            }

            var lower = doc.Word(first);
            var next = doc.Word(first + 1);
            if (lexicon.TrueCase(doc.Word(first), buffer) == 0 && !doc.LowerInBody(lower) && !NameWords.Designators.Contains(lower) && !NameWords.Demonyms.Contains(lower)
                && doc.IsCapitalized(first + 1) && doc.Adjacent(first, first + 1) && lexicon.TrueCase(next, buffer) > 0)
            {
                names.Add(new RuleName(first, first + 1, EntityType.Organization, 0.5));
            }
        }

        names.Sort(static (a, b) => a.First.CompareTo(b.First));
    }
}
