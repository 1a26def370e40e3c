namespace TextInsight.Entities.Rules;

/// <summary>Rule 12: a name typed Misc by rules 3 and 4 is Misc wherever the document repeats it.</summary>
internal sealed class MiscRepeatRule : INameRule
{
    public NameRule Id => NameRule.MiscRepeat;

    public void Apply(NameRuleContext context)
    {
        var names = context.Names;
        for (int i = 0; i < names.Count && context.Misc.Count > 0; i++)
        {
            if (names[i].Type != EntityType.Misc && context.Misc.Contains(context.Doc.TextOf(names[i])))
            {
                names[i] = names[i] with { Type = EntityType.Misc };
            }
        }
    }
}
