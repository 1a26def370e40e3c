using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

public class NumberSpecTests
{
    /// <summary>Spec cases this library does not follow, each with the reason (reported in the entities report).</summary>
    private static readonly Dictionary<string, string> Excluded = new()
    {
        ["one one hundred fifth"] = "ordinal denominators built with scale words (1/105) are ambiguous and absent from news text",
        ["one one hundred and fifth"] = "ordinal denominators built with scale words (1/105) are ambiguous and absent from news text",
        ["one hundred one thousand fifths"] = "ordinal denominators built with scale words (100/1005) are ambiguous and absent from news text",
    };

    public static TheoryData<int, string> Cases => RecognizerSpecCases.Rows(RecognizerSpecCases.Numbers, Excluded);

    [SharedDataTheory]
    [MemberData(nameof(Cases))]
    public void Number_spec_case_is_read_with_its_spans_and_values(int index, string input)
    {
        var c = RecognizerSpecCases.Numbers[index];
        Assert.Equal(c.Input, input);

        var found = NumericTestReader.Numbers(input);
        Assert.Equal(
            c.Results.Select(r => (r.Start, r.End + 1)).ToArray(),
            found.Select(f => (f.Start, f.End)).ToArray());
        for (int i = 0; i < c.Results.Count; i++)
        {
            AssertClose(c.Results[i].Value!.Value, (double)found[i].Value);
        }
    }

    internal static void AssertClose(double expected, double actual)
    {
        double tolerance = Math.Max(1e-9, Math.Abs(expected) * 1e-12);
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected:R}, got {actual:R}");
    }
}
