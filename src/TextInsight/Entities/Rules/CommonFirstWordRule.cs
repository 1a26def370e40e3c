using TextInsight.Entities.Ner;

namespace TextInsight.Entities.Rules;

/// <summary>Rule 9: a common word opening a sentence or a quote, which the body never capitalizes elsewhere, is no name unless the tagger is sure.</summary>
internal sealed class CommonFirstWordRule(NerCaseLexicon? lexicon) : INameRule
{
    public NameRule Id => NameRule.CommonFirstWord;

    public void Apply(NameRuleContext context)
    {
        context.Names.RemoveAll(n => IsCommonFirstWord(context.Doc, n));
    }

    // Rule 9: '"Regulation has turned waste into a supply chain," Stenmark said.': a common word opening a sentence (or a
    // quote) that the body never capitalizes elsewhere is no name, unless the tagger is sure.
    internal bool IsCommonFirstWord(RuleDoc doc, RuleName n) =>
        lexicon is not null && n.End - n.First == 1 && n.Confidence < 0.7 && doc.IsFirstWord(n.First) && !doc.IsHeadline[doc.Segment[n.First]]
        && doc.IsCapitalized(n.First) && lexicon.ContainsWord(doc.Word(n.First)) && !doc.CapitalizedInBody(doc.Word(n.First));
}
