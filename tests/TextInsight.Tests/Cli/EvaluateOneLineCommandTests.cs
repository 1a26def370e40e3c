using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary><c>evaluate oneline</c> reads labeled folders and ground-truth files, reports each and lists the worst articles.</summary>
public class EvaluateOneLineCommandTests
{
    [Fact]
    public void Folder_of_labeled_articles_is_reported_with_topics_titles_and_the_worst_articles()
    {
        using var dir = new TempFolder();
        Directory.CreateDirectory(dir.Combine("in/local"));
        Directory.CreateDirectory(dir.Combine("in/sport"));
        dir.File("in/local/a.txt", "Harbour town votes to ban cars\n\nResidents of Porthaven have voted to close the town centre to cars from next spring.\n\nThe council said 62% of the voters backed the plan.\n");
        dir.File("in/sport/b.txt", "Results\n\nPorthaven 2 Kingsbridge 1\n\nMillbrook 0 Eastcombe 3\n\nThe league resumes on Saturday.\n");

        var run = CliRunner.Invoke(["evaluate", "oneline", "--folder", dir.Combine("in"), "--errors", "1"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles 2 ", run.Output, StringComparison.Ordinal);
        Assert.Contains("topic accuracy: written ", run.Output, StringComparison.Ordinal);
        Assert.Contains("too long 0", run.Output, StringComparison.Ordinal);
        Assert.Contains("one-line body present 2 of 2", run.Output, StringComparison.Ordinal);
        // The match results lose their line breaks and run together: that article differs most.
        var worst = run.Output.Split('\n').Single(line => line.Contains('\t', StringComparison.Ordinal));
        Assert.StartsWith("  sport/b.txt\tsport\t", worst, StringComparison.Ordinal);
    }

    [Fact]
    public void Truth_file_texts_are_reported_without_labels()
    {
        using var dir = new TempFolder();
        string truth = dir.File("ground-truth.json", """
            { "p1": { "articleBody": "The council met on Monday.\nIt agreed the budget.", "url": "https://example.org/1" },
              "p2": { "articleBody": "Rain is expected.\n\nWinds will ease by Friday." } }
            """);

        var run = CliRunner.Invoke(["evaluate", "oneline", "--truth", truth]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("articles 2  sentences within 10%: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("topics: no labels; same top topic in both forms ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("topic accuracy", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void No_input_is_a_usage_error() =>
        Assert.Equal(2, CliRunner.Invoke(["evaluate", "oneline"]).ExitCode);

    [Fact]
    public void A_part_out_of_range_is_a_usage_error() =>
        Assert.Equal(2, CliRunner.Invoke(["evaluate", "oneline", "--truth", "x.json", "--part", "2/2"]).ExitCode);
}
