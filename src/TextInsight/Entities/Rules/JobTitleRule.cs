using TextInsight.Entities.Ner;

namespace TextInsight.Entities.Rules;

/// <summary>Rule 2: capitalized common words before a job title are the title, not a name: <c>Health Secretary Graham Pettifer</c>.</summary>
internal sealed class JobTitleRule(NerCaseLexicon? lexicon) : INameRule
{
    public NameRule Id => NameRule.JobTitle;

    public void Apply(NameRuleContext context)
    {
        context.Names.RemoveAll(n => IsJobTitle(context.Doc, n));
    }

    // Rule 2: "Health Secretary Graham Pettifer": "Health" is part of a job title.
    internal bool IsJobTitle(RuleDoc doc, RuleName n)
    {
        if (lexicon is null)
        {
            return false;
        }

        int end = n.End;
        if (end - n.First >= 2 && NameWords.JobTitles.Contains(doc.Word(end - 1)))
        {
            end--;
        }
        else if (end >= doc.Tokens.Count || doc.Segment[end] != doc.Segment[n.First] || !doc.IsCapitalized(end) || !NameWords.JobTitles.Contains(doc.Word(end)))
        {
            return false;
        }

        for (int k = n.First; k < end; k++)
        {
            if (!lexicon.ContainsWord(doc.Word(k)))
            {
                return false;
            }
        }

        return true;
    }
}
