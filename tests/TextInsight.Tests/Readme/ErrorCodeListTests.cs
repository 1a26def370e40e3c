using System.Reflection;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Readme;

/// <summary>
/// Every error code a record can carry (<see cref="ErrorCodes"/>) is named in docs/ARCHITECTURE.md twice: in the
/// table that says what each means, and in the <c>## Error codes</c> list of the stable codes, which users match on.
/// Merging the feed and TSV work had left <c>xml_malformed</c> out of that list while the table held it.
/// </summary>
public class ErrorCodeListTests
{
    [Fact]
    public void Every_error_code_is_in_the_architecture_table_and_the_list_of_codes()
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "ARCHITECTURE.md"));
        int at = text.IndexOf("\n## Error codes\n", StringComparison.Ordinal);
        Assert.True(at >= 0, "docs/ARCHITECTURE.md has no '## Error codes' section");
        int end = text.IndexOf("\n## ", at + 1, StringComparison.Ordinal);
        string list = end < 0 ? text[at..] : text[at..end];

        var table = new List<string>();
        foreach (string line in text.Split('\n'))
        {
            if (line.StartsWith("| `", StringComparison.Ordinal))
            {
                table.Add(line[..line.IndexOf(" | ", 2, StringComparison.Ordinal)]);
            }
        }

        var codes = typeof(ErrorCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        Assert.True(codes.Count >= 15, "the error codes were not read");
        var notListed = codes.Where(c => !list.Contains($"`{c}`", StringComparison.Ordinal)).ToList();
        var notInTable = codes.Where(c => !table.Any(row => row.Contains($"`{c}`", StringComparison.Ordinal))).ToList();

        Assert.True(notListed.Count == 0, $"docs/ARCHITECTURE.md's '## Error codes' list lacks {string.Join(", ", notListed)}");
        Assert.True(notInTable.Count == 0, $"docs/ARCHITECTURE.md's error code table lacks {string.Join(", ", notInTable)}");
    }
}
