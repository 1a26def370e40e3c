using TextInsight.Cli.Insights;

namespace TextInsight.Tests.Insights;

public class MoneyByOrganizationTests
{
    [Fact]
    public void An_organization_mention_is_named_by_its_entity_only_where_that_entity_is_an_organization()
    {
        // "Virgin" (a sure Organization) is linked as the short form of "Virgin Islands", which its sure full name types a
        // place; the mention keeps its own type, and its amounts are the airline's, not the islands'. "Acme" is a short
        // form of the organization "Acme Bank" and is counted under that name.
        using var db = Duck.InMemory();
        Execute(db, """
            CREATE TABLE sentences (source VARCHAR, sentence INTEGER, start_offset INTEGER, end_offset INTEGER);
            CREATE TABLE entities (source VARCHAR, mention INTEGER, type VARCHAR, text VARCHAR, value DOUBLE, currency VARCHAR,
                start_offset INTEGER, end_offset INTEGER, entity_id INTEGER);
            CREATE TABLE entity_summary (source VARCHAR, entity_id INTEGER, name VARCHAR, type VARCHAR);
            INSERT INTO sentences VALUES ('a.txt', 0, 0, 40), ('a.txt', 1, 41, 80);
            INSERT INTO entities VALUES
                ('a.txt', 0, 'Organization', 'Virgin', NULL, NULL, 0, 6, 1),
                ('a.txt', 1, 'Money', '$50m', 50000000, 'USD', 20, 24, NULL),
                ('a.txt', 2, 'Organization', 'Acme', NULL, NULL, 41, 45, 2),
                ('a.txt', 3, 'Money', '$2m', 2000000, 'USD', 60, 63, NULL);
            INSERT INTO entity_summary VALUES ('a.txt', 1, 'Virgin Islands', 'Location'), ('a.txt', 2, 'Acme Bank', 'Organization');
            """);

        Assert.Equal(["Virgin", "Acme Bank"], Duck.Strings(db, $"SELECT organization FROM ({HtmlReport.MoneyByOrganizationSql})"));
    }

    private static void Execute(DuckDB.NET.Data.DuckDBConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
