using CsCheck;
using TextInsight.Fuzz;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Robustness;

/// <summary>
/// The fuzz runner's findings, saved as cases in <c>Robustness/FuzzCases</c>, replay through its own oracle with every
/// invariant holding; and a saved case replays exactly as it was found.
/// </summary>
public class FuzzReplayTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "TextInsight.Tests", "Robustness", "FuzzCases");

    public static TheoryData<string> SavedCases()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.EnumerateFiles(CasesFolder, "*.case").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SavedCases))]
    public void A_saved_finding_replays_with_every_invariant_holding(string file)
    {
        var output = new StringWriter();

        int exit = FuzzRunner.Replay(Path.Combine(CasesFolder, file), output);

        Assert.True(exit == 0, output.ToString());
        Assert.Contains("ok, every invariant holds", output.ToString());
    }

    [Fact]
    public void The_issue_25_finding_is_among_the_saved_cases()
    {
        var c = FuzzCase.Parse(File.ReadAllText(Path.Combine(CasesFolder, "overlap-bracketed-acronym-issue25.case")));

        Assert.Equal(FuzzTarget.Analyze, c.Target);
        Assert.Equal(2217, c.Text.Length);
        Assert.Contains("Rather  U.S.U.S.(ASF)Read ((((", c.Text);
        Assert.Contains(c.Text, char.IsSurrogate);
    }

    [Fact]
    public void A_case_line_gives_back_the_exact_text_lone_surrogates_included()
    {
        Gen.Select(Gen.String[Gen.Char, 0, 200], Gen.Enum<FuzzTarget>()).Sample((text, target) =>
        {
            string line = new FuzzCase(target, text, "c1Y3DkrDsVe1").ToLine();
            Assert.All(line, ch => Assert.InRange(ch, ' ', '~'));

            // As saved, and as pasted from a log line.
            foreach (string saved in new[] { line, "# a comment\n" + line + "\n", "fuzz: case: " + line })
            {
                var back = FuzzCase.Parse(saved);
                Assert.Equal(target, back.Target);
                Assert.Equal(text, back.Text, StringComparer.Ordinal);
                Assert.Equal("c1Y3DkrDsVe1", back.Seed);
            }
        });
    }

    [Fact]
    public void Replay_runs_a_case_given_as_a_log_line_and_reports_its_target_and_length()
    {
        var output = new StringWriter();

        int exit = FuzzRunner.Replay("fuzz: case: " + new FuzzCase(FuzzTarget.JsonLinesReader, "{\"id\":1}\n\uD800 not json\n").ToLine(), output);

        Assert.Equal(0, exit);
        Assert.StartsWith("replay: JsonLinesReader, 20 chars: ok", output.ToString());
    }

    [Fact]
    public void Replay_of_something_that_is_no_case_says_what_it_expected()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "notes.txt");
        File.WriteAllText(path, "just some notes\n");

        var ex = Assert.Throws<FuzzUsageException>(() => FuzzRunner.Replay(path, TextWriter.Null));

        Assert.Contains("no line starting {\"target\":", ex.Message);
        Assert.Throws<FuzzUsageException>(() => FuzzRunner.Replay("{\"target\":\"Tokenize\",\"text\":\"x\"}", TextWriter.Null));
    }

    [Fact]
    public void A_fixed_seed_run_checks_exactly_its_cases_and_reports_the_count()
    {
        using var folder = new TempFolder();
        var log = new StringWriter();
        var options = FuzzOptions.Parse(["--cases", "12", "--stream", "7", "--threads", "2", "--out", folder.Path]);

        int exit = new FuzzRunner(options, log).Run();

        Assert.True(exit == 0, log.ToString());
        Assert.Contains("fuzz: 12 inputs in ", log.ToString());
        Assert.Contains("0 invariant breaks, 0 crashes, 0 hangs", log.ToString());
    }
}
