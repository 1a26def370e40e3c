using TextInsight.Entities.Ner;

namespace TextInsight.Entities.Rules;

/// <summary>Rule 8: an unknown two-word "place" followed by <c>for her</c> or <c>for his</c> is a person: <c>went to Sofia Brandt for her role</c>.</summary>
internal sealed class PronounPersonRule(NerGazetteer gazetteer) : INameRule
{
    public NameRule Id => NameRule.PronounPerson;

    public void Apply(NameRuleContext context)
    {
        var names = context.Names;
        for (int i = 0; i < names.Count; i++)
        {
            names[i] = PronounPerson(context.Doc, names, i) ?? names[i];
        }
    }

    // Rule 8: "went to Sofia Brandt for her role".
    internal RuleName? PronounPerson(RuleDoc doc, List<RuleName> names, int index)
    {
        var n = names[index];
        if (n.Type != EntityType.Location || n.End - n.First != 2 || NameWords.PlaceWords.Contains(doc.Word(n.End - 1)) || NameWords.PlaceWords.Contains(doc.Word(n.First))
            || KnownName(doc, n))
        {
            return null;
        }

        // "… to Sofia Brandt for her role": the name, then "for his" or "for her"; not "the Waverley Line for …".
        int k = n.End;
        bool afterDeterminer = n.First > doc.SegmentStarts[doc.Segment[n.First]] && NameWords.Determiners.Contains(doc.Word(n.First - 1));
        return !afterDeterminer && k + 1 < doc.Tokens.Count && doc.Segment[k + 1] == doc.Segment[n.First] && doc.Is(k, "for")
            && (doc.Is(k + 1, "her") || doc.Is(k + 1, "his"))
            ? n with { Type = EntityType.Person }
            : null;
    }

    // Whether the training data name the words of n together (any type): "North Korea", "New Haven".
    internal bool KnownName(RuleDoc doc, RuleName n)
    {
        ulong hash = NerGazetteer.NameSeed;
        for (int k = n.First; k < n.End; k++)
        {
            hash = NerGazetteer.Next(hash, TokenAtoms.Compute(doc.Word(k)).Lower);
        }

        return gazetteer.Entries.TryGetValue(hash, out byte mask) && mask != 0;
    }
}
