namespace TextInsight.Entities.Rules;

/// <summary>A name as the rules see it: tokens <c>[First, End)</c> of the <see cref="RuleDoc"/>, its type and confidence.</summary>
internal readonly record struct RuleName(int First, int End, EntityType Type, double Confidence);
