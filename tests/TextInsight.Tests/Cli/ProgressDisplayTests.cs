using TextInsight.Cli.Input;
using TextInsight.Cli.Output;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

public class ProgressDisplayTests
{
    [Fact]
    public async Task With_a_known_total_the_line_has_a_bar_and_a_percentage()
    {
        var read = new ReadProgress { TotalBytes = 1000 };
        read.Set(500);
        var progress = new ProgressDisplay(TextWriter.Null, read, enabled: false);
        await using (progress)
        {
            progress.Done(failed: false);
            progress.Done(failed: true);
            string line = progress.Line();
            Assert.Contains("[############............]  50% 2 documents, 1 failed, ", line);
            Assert.Contains(" ETA ", line);
        }
    }

    [Fact]
    public async Task For_a_folder_the_total_is_unknown_and_the_line_counts_documents_without_a_bar()
    {
        using var dir = new TempFolder();
        dir.File("a/1.txt", "One.");
        dir.File("b/2.txt", "Two.");
        var plan = InputPlan.Create([dir.Path], new InputOptions());
        var read = new ReadProgress { TotalBytes = plan.TotalBytes };
        read.Set(4);
        var progress = new ProgressDisplay(TextWriter.Null, read, enabled: false);
        await using (progress)
        {
            progress.Done(failed: false);
            string line = progress.Line();
            Assert.Equal(0, plan.TotalBytes);
            Assert.StartsWith("\r\u001b[2K1 documents, 0 failed, ", line);
            Assert.DoesNotContain("%", line);
            Assert.DoesNotContain("ETA", line);
        }
    }
}
