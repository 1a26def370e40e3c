using System.Diagnostics;
using System.Text.RegularExpressions;
using TextInsight.Serialization;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>Ctrl+C on a running batch, as a user gives it: the real process, a real SIGINT.</summary>
public class CancellationTests
{
    [UnixFact]
    public async Task SIGINT_after_output_has_started_exits_130_with_complete_lines_and_a_summary_of_the_documents_done()
    {
        using var dir = new TempFolder();
        string[] articles = Directory.GetFiles(RepoPaths.Corpus, "*.txt").Select(File.ReadAllText).ToArray();
        for (int i = 0; i < 2000; i++)
        {
            dir.File($"{i:D5}.txt", articles[i % articles.Length]);
        }

        // A shell without job control starts background commands with SIGINT ignored, and an ignored signal stays
        // ignored across exec: the .NET runtime then leaves SIGINT alone, as a background job should (Ctrl+C in the
        // terminal is not for it), and this test's kill -INT would do nothing (the run ends with exit 0). So when this
        // process inherited an ignored SIGINT, the CLI is started with the default disposition restored by env(1).
        bool restoreSigint = SigintIgnored();
        var start = new ProcessStartInfo(restoreSigint ? "env" : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[TextInsight.Cli.JitProfile.OptOutVariable] = "1";
        if (restoreSigint)
        {
            start.ArgumentList.Add("--default-signal=INT");
            start.ArgumentList.Add("dotnet");
        }

        foreach (string arg in new[] { Path.Combine(AppContext.BaseDirectory, "TextInsight.Cli.dll"), "analyze", dir.Path, "--parallel", "2", "--no-progress" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var lines = new List<string>();
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        string? first = await process.StandardOutput.ReadLineAsync(guard.Token);
        Assert.NotNull(first);
        lines.Add(first);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(guard.Token);
        }

        while (await process.StandardOutput.ReadLineAsync(guard.Token) is { } line)
        {
            lines.Add(line);
        }

        await process.WaitForExitAsync(guard.Token);
        string error = await stderr;

        Assert.Equal(130, process.ExitCode);
        Assert.All(lines, l => Assert.Null(AnalysisJson.Deserialize(l).Error));
        Assert.Equal(lines.Select((_, i) => $"{i:D5}.txt"), lines.Select(l => AnalysisJson.Deserialize(l).Source));
        var summary = Regex.Match(error, @"cancelled after (\d+) documents");
        Assert.True(summary.Success, $"no summary line in: {error}");
        Assert.Equal(lines.Count, int.Parse(summary.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(lines.Count, 1, 1999);
    }

    /// <summary>Whether this process inherited SIGINT as ignored (Linux: bit 2 of <c>SigIgn</c> in /proc/self/status; elsewhere unknown, taken as no).</summary>
    private static bool SigintIgnored()
    {
        const string status = "/proc/self/status";
        if (!File.Exists(status))
        {
            return false;
        }

        foreach (string line in File.ReadLines(status))
        {
            if (line.StartsWith("SigIgn:", StringComparison.Ordinal))
            {
                ulong mask = ulong.Parse(line.AsSpan(7).Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
                return (mask & (1UL << (2 - 1))) != 0;
            }
        }

        return false;
    }
}
