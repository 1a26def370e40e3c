using TextInsight.Cli.Insights;

namespace TextInsight.Tests.Insights;

public class RepeatedSourceCounterTests
{
    [Fact]
    public void Counts_each_source_seen_before_and_tells_near_names_apart()
    {
        var counter = new RepeatedSourceCounter();
        foreach (string source in new[] { "a.csv#1", "a.csv#2", "a.csv#1", "b.txt", "B.txt", "a.csv#1", "a.csv#10", "ā.txt", "a\u0101.txt" })
        {
            counter.Add(source);
        }

        Assert.Equal(2, counter.Repeated);
    }

    [Fact]
    public void Hashes_of_many_distinct_sources_do_not_collide()
    {
        var counter = new RepeatedSourceCounter();
        for (int i = 0; i < 200_000; i++)
        {
            counter.Add($"big.csv#{i}");
        }

        Assert.Equal(0, counter.Repeated);
    }
}
