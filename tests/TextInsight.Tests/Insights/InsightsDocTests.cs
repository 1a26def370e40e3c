using TextInsight.Cli.Insights;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Insights;

public class InsightsDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "INSIGHTS.md"));

    public static TheoryData<string> TableNames => [.. InsightSchema.AllTables.Select(t => t.Name)];

    [Theory]
    [MemberData(nameof(TableNames))]
    public void The_insights_doc_lists_every_column_of_the_table_with_its_type(string name)
    {
        var table = InsightSchema.AllTables.Single(t => t.Name == name);
        Assert.Contains($"### `{name}`", Doc);
        foreach (var column in table.Columns)
        {
            Assert.Contains($"| `{column.Name}` | {column.SqlType}{(column.Required ? " NOT NULL" : string.Empty)} |", Doc);
        }
    }
}
