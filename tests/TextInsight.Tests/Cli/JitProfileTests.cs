using TextInsight.Cli;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Cli;

/// <summary>The background compiler's profile: one per command, a copy per process, published by an atomic rename.</summary>
public sealed class JitProfileTests
{
    [Theory]
    [InlineData("analyze-cluster", "analyze", "in", "--cluster", "127.0.0.1:30000")]
    [InlineData("analyze-cluster", "analyze", "in", "--cluster=redis:r:6379")]
    [InlineData("analyze", "analyze", "in", "--cluster-id", "x")]
    [InlineData("silo", "silo", "--port", "11111")]
    [InlineData("train-topics", "train", "topics", "data")]
    [InlineData(null, "train", "../x")]
    [InlineData(null, "analyze", "in", "--help")]
    [InlineData(null, "--version")]
    [InlineData(null)]
    public void Each_command_has_its_own_profile(string? expected, params string[] args) =>
        Assert.Equal(expected, JitProfile.CommandName(args));

    [Fact]
    public void The_coordinator_runs_without_a_profile()
    {
        Assert.False(JitProfile.UsesProfile("analyze-cluster"));
        Assert.True(JitProfile.UsesProfile("analyze"));
        Assert.True(JitProfile.UsesProfile("silo"));
        Assert.Null(JitProfile.Start(["analyze", "in", "--cluster", "127.0.0.1:30000"]));
    }

    [Fact]
    public void A_process_reads_its_own_copy_of_the_shared_profile_and_publishes_it_in_its_place()
    {
        using var folder = new TempFolder();
        string shared = folder.File("analyze.jitprofile", "old profile");

        var (own, claimedShared) = JitProfile.Files.Claim(folder.Path, "analyze", 42);

        Assert.Equal(shared, claimedShared);
        Assert.NotEqual(shared, own);
        Assert.Equal("old profile", File.ReadAllText(own));
        File.WriteAllText(own, "new profile, written by the runtime at the end");
        JitProfile.Files.Publish(own, shared);
        Assert.Equal("new profile, written by the runtime at the end", File.ReadAllText(shared));
        Assert.False(File.Exists(own));
    }

    [Fact]
    public void A_run_that_recorded_nothing_leaves_the_shared_profile_as_it_was()
    {
        using var folder = new TempFolder();
        string shared = folder.File("silo.jitprofile", "profile");
        var (own, _) = JitProfile.Files.Claim(folder.Path, "silo", 7);
        File.WriteAllBytes(own, []);

        JitProfile.Files.Publish(own, shared);

        Assert.Equal("profile", File.ReadAllText(shared));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public void Copies_left_by_killed_processes_are_removed_when_a_day_old_and_not_before()
    {
        using var folder = new TempFolder();
        string abandoned = folder.File("analyze.1.a.tmp", "x");
        string running = folder.File("analyze.2.b.tmp", "y");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow - TimeSpan.FromDays(2));

        var (own, _) = JitProfile.Files.Claim(folder.Path, "analyze", 3);

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(running));
        Assert.False(File.Exists(own));
    }

    [Fact]
    public void A_new_build_removes_the_profiles_of_builds_not_run_for_30_days_and_nothing_else()
    {
        using var root = new TempFolder();
        string Build(string name, int daysAgo)
        {
            string path = Path.Combine(root.Path, name);
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "analyze.jitprofile"), "profile");
            Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow - TimeSpan.FromDays(daysAgo));
            return path;
        }

        string stale = Build("00ce2890d33aff66", 31);
        string recent = Build("007402acbf6a3663", 29);
        string notABuild = Build("keep-me", 400);
        string upper = Build("00CE2890D33AFF66", 400);
        string current = Path.Combine(root.Path, "0123456789abcdef");

        var (own, _) = JitProfile.Files.Claim(current, "analyze", 5);

        Assert.False(Directory.Exists(stale));
        Assert.True(Directory.Exists(recent));
        Assert.True(Directory.Exists(notABuild));
        Assert.True(Directory.Exists(upper));
        Assert.True(Directory.Exists(current));
        Assert.StartsWith(current, own, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_that_has_run_before_removes_nothing()
    {
        using var root = new TempFolder();
        string stale = Path.Combine(root.Path, "00ce2890d33aff66");
        Directory.CreateDirectory(stale);
        Directory.SetLastWriteTimeUtc(stale, DateTime.UtcNow - TimeSpan.FromDays(90));
        string current = Path.Combine(root.Path, "0123456789abcdef");
        Directory.CreateDirectory(current);

        JitProfile.Files.Claim(current, "analyze", 5);

        Assert.True(Directory.Exists(stale));
    }

    [Fact]
    public async Task Two_processes_of_one_command_publishing_at_once_leave_one_whole_profile_and_readers_never_see_a_mix()
    {
        using var folder = new TempFolder();
        string shared = folder.File("silo.jitprofile", new string('0', 100_000));
        string[] contents = [new string('a', 300_000), new string('b', 200_000)];
        using var stop = new CancellationTokenSource();

        // A third process starting meanwhile: each copy it makes is one whole profile.
        var reader = Task.Run(() =>
        {
            int copies = 0;
            while (!stop.IsCancellationRequested)
            {
                var (own, _) = JitProfile.Files.Claim(folder.Path, "silo", 100 + copies);
                string text = File.ReadAllText(own);
                File.Delete(own);
                Assert.True(text == new string('0', 100_000) || contents.Contains(text), $"a copy of {text.Length} characters mixes profiles");
                copies++;
            }

            return copies;
        });

        for (int round = 0; round < 20; round++)
        {
            var writers = contents.Select((content, i) => Task.Run(() =>
            {
                var (own, _) = JitProfile.Files.Claim(folder.Path, "silo", i + 1);
                File.WriteAllText(own, content);
                JitProfile.Files.Publish(own, shared);
            })).ToArray();
            await Task.WhenAll(writers);
            Assert.Contains(File.ReadAllText(shared), contents);
        }

        await stop.CancelAsync();
        Assert.True(await reader > 0);
        Assert.Equal([shared], Directory.GetFiles(folder.Path));
    }
}
