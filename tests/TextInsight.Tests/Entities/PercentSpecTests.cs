using TextInsight.Entities;

namespace TextInsight.Tests.Entities;

public class PercentSpecTests
{
    /// <summary>Spec cases this library does not follow, each with the reason (reported in the entities report).</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["Only a small percent attain the top ranks"] = "a bare 'percent' without a number has no value; only valued percentages are mentions",
        ["The table shows the % of increase in the last month"] = "a bare '%' without a number has no value; only valued percentages are mentions",
        ["How do I calculate a percentage?"] = "a bare 'percentage' without a number has no value; only valued percentages are mentions",
    };

    public static TheoryData<int, string> Cases => RecognizerSpecCases.Rows(RecognizerSpecCases.Percents, Excluded);

    [Support.SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Percent_spec_case_is_read_with_its_span_and_value(int index, string input)
    {
        var c = RecognizerSpecCases.Percents[index];
        Assert.Equal(c.Input, input);
        var found = NumericTestReader.Mentions(input).Where(m => m.Type == EntityType.Percent).ToList();
        Assert.Equal(c.Results.Select(r => (r.Start, r.End + 1)).ToArray(), found.Select(f => (f.Start, f.End)).ToArray());
        for (int i = 0; i < c.Results.Count; i++)
        {
            NumberSpecTests.AssertClose(c.Results[i].Value!.Value, (double)found[i].Value!.Value);
        }
    }
}
