namespace TextInsight.Entities.Rules;

/// <summary>
/// One correction of the tagger's names that the whole article allows (one class per rule, in the order
/// <see cref="NameRules"/> runs them): it reads the document and changes, adds or removes names in place.
/// </summary>
internal interface INameRule
{
    /// <summary>Which rule this is, to turn it off for an ablation (<c>evaluate entities --rules</c>).</summary>
    NameRule Id { get; }

    /// <summary>Applies the rule to <see cref="NameRuleContext.Names"/>.</summary>
    void Apply(NameRuleContext context);
}

/// <summary>What the rules share while they run over one document.</summary>
internal sealed class NameRuleContext(RuleDoc doc, List<RuleName> names)
{
    /// <summary>The tokens of the tagged segments.</summary>
    public RuleDoc Doc { get; } = doc;

    /// <summary>The names so far, which each rule changes in place.</summary>
    public List<RuleName> Names { get; } = names;

    /// <summary>The names rules 3 and 4 typed Misc (by text), which rule 12 types Misc wherever they repeat.</summary>
    public HashSet<string> Misc { get; } = new(StringComparer.Ordinal);
}
