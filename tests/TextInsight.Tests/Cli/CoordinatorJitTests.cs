using System.Collections;
using System.Text;
using TextInsight.Cli;

namespace TextInsight.Tests.Cli;

/// <summary>When <c>analyze --cluster</c> starts again with tiered compilation, and with which environment.</summary>
public sealed class CoordinatorJitTests
{
    private static readonly string[] Coordinator = ["analyze", "in", "--cluster", "127.0.0.1:30000", "-o", "out.jsonl"];

    /// <summary>The tool's build: no tiered compilation.</summary>
    private static object? Build(string name) => name == "System.Runtime.TieredCompilation" ? "false" : null;

    [Fact]
    public void The_coordinator_of_the_build_without_tiering_starts_again_with_it_keeping_the_whole_environment()
    {
        var environment = new Hashtable { ["PATH"] = "/usr/bin", ["XDG_CACHE_HOME"] = "/tmp/c" };

        var plan = CoordinatorJit.Plan(Coordinator, environment, Build);

        Assert.NotNull(plan);
        string[] expected = ["PATH=/usr/bin", "XDG_CACHE_HOME=/tmp/c", "DOTNET_TieredCompilation=1", "DOTNET_TieredPGO=0", "DOTNET_TC_CallCountingDelayMs=10000", "TEXTINSIGHT_COORDINATOR_JIT=tiered"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), plan.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Settings_the_user_gave_are_kept_and_not_given_twice()
    {
        var environment = new Hashtable { ["DOTNET_TieredPGO"] = "1", ["COMPlus_TC_CallCountingDelayMs"] = "0" };

        var plan = CoordinatorJit.Plan(Coordinator, environment, Build)!;

        Assert.Contains("DOTNET_TieredPGO=1", plan);
        Assert.Contains("COMPlus_TC_CallCountingDelayMs=0", plan);
        Assert.DoesNotContain("DOTNET_TieredPGO=0", plan);
        Assert.DoesNotContain(plan, entry => entry.StartsWith("DOTNET_TC_CallCountingDelayMs=", StringComparison.Ordinal));
        Assert.Contains("DOTNET_TieredCompilation=1", plan);
    }

    [Fact]
    public void The_packaged_tool_with_tiering_but_no_call_counting_delay_starts_again_with_the_delay()
    {
        static object? Packaged(string name) => name switch
        {
            "System.Runtime.TieredCompilation" => "true",
            "System.Runtime.TieredCompilation.CallCountingDelayMs" => "0",
            _ => null,
        };

        var plan = CoordinatorJit.Plan(Coordinator, new Hashtable(), Packaged);

        Assert.NotNull(plan);
        Assert.Contains("DOTNET_TC_CallCountingDelayMs=10000", plan);
    }

    [Fact]
    public void A_runtime_that_already_tiers_with_a_delay_is_left_as_it_is() =>
        Assert.Null(CoordinatorJit.Plan(Coordinator, new Hashtable(), _ => null));

    [Theory]
    [InlineData("TEXTINSIGHT_COORDINATOR_JIT", "tiered")]
    [InlineData("TEXTINSIGHT_COORDINATOR_JIT", "full")]
    [InlineData("DOTNET_TieredCompilation", "0")]
    [InlineData("COMPlus_TieredCompilation", "0")]
    public void The_second_start_and_a_user_who_chose_start_no_further(string variable, string value) =>
        Assert.Null(CoordinatorJit.Plan(Coordinator, new Hashtable { [variable] = value }, Build));

    [Theory]
    [InlineData("analyze", "in", "-o", "out.jsonl")]
    [InlineData("analyze", "in", "--cluster", "127.0.0.1:30000", "--help")]
    [InlineData("silo", "--port", "11111")]
    [InlineData("tokenize", "in")]
    public void Other_commands_run_as_started(params string[] args) =>
        Assert.Null(CoordinatorJit.Plan(args, new Hashtable(), Build));

    [Fact]
    public void The_process_command_line_is_split_at_its_NUL_bytes_with_UTF8_arguments()
    {
        byte[] commandLine = Encoding.UTF8.GetBytes("dotnet\0TextInsight.Cli.dll\0analyze\0Zürich news\0\0--cluster\0localhost\0");

        Assert.Equal(["dotnet", "TextInsight.Cli.dll", "analyze", "Zürich news", "", "--cluster", "localhost"], CoordinatorJit.Split(commandLine));
    }
}
