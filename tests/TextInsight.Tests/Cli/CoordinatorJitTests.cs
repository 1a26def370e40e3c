using System.Collections;
using TextInsight.Cli;

namespace TextInsight.Tests.Cli;

/// <summary>When <c>analyze --cluster</c> starts again with tiered compilation, and with which environment.</summary>
public sealed class CoordinatorJitTests
{
    private static readonly string[] Coordinator = ["analyze", "in", "--cluster", "127.0.0.1:30000", "-o", "out.jsonl"];

    /// <summary>The tool's build: no tiered compilation.</summary>
    private static object? Build(string name) => name == "System.Runtime.TieredCompilation" ? "false" : null;

    [Fact]
    public void The_coordinator_of_the_build_without_tiering_starts_again_with_it()
    {
        var environment = new Hashtable { ["PATH"] = "/usr/bin", ["XDG_CACHE_HOME"] = "/tmp/c" };

        var added = CoordinatorJit.Plan(Coordinator, environment, Build);

        Assert.Equal(["DOTNET_TieredCompilation=1", "DOTNET_TieredPGO=0", "DOTNET_TC_CallCountingDelayMs=10000", "TEXTINSIGHT_COORDINATOR_JIT=tiered"], added);
    }

    [Fact]
    public void Settings_the_user_gave_are_kept_and_not_given_twice()
    {
        var environment = new Hashtable { ["DOTNET_TieredPGO"] = "1", ["COMPlus_TC_CallCountingDelayMs"] = "0" };

        var added = CoordinatorJit.Plan(Coordinator, environment, Build);

        Assert.Equal(["DOTNET_TieredCompilation=1", "TEXTINSIGHT_COORDINATOR_JIT=tiered"], added);
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
    [InlineData("tokenize", "in")]
    public void Other_commands_run_as_started(params string[] args) =>
        Assert.Null(CoordinatorJit.Plan(args, new Hashtable(), Build, _ => true));

    private static readonly string[] Silo = ["silo", "--port", "11111"];

    [Fact]
    public void A_silo_of_the_build_with_precompiled_Orleans_starts_again_without_that_code()
    {
        var added = CoordinatorJit.Plan(Silo, new Hashtable { ["PATH"] = "/usr/bin" }, Build, name => name != "TextInsight.Orleans");

        Assert.Equal(["DOTNET_ReadyToRunExcludeList=Orleans.Core;Orleans.Core.Abstractions;Orleans.Serialization;Orleans.Serialization.Abstractions", "TEXTINSIGHT_COORDINATOR_JIT=silo"], added);
    }

    [Fact]
    public void A_silo_without_precompiled_Orleans_or_with_tiering_runs_as_started()
    {
        Assert.Null(CoordinatorJit.Plan(Silo, new Hashtable(), Build, _ => false));
        Assert.Null(CoordinatorJit.Plan(Silo, new Hashtable(), _ => null, _ => true));
    }

    [Theory]
    [InlineData("TEXTINSIGHT_COORDINATOR_JIT", "full")]
    [InlineData("DOTNET_ReadyToRunExcludeList", "Other")]
    [InlineData("DOTNET_TieredCompilation", "1")]
    public void A_silo_whose_user_chose_runs_as_started(string variable, string value) =>
        Assert.Null(CoordinatorJit.Plan(Silo, new Hashtable { [variable] = value }, Build, _ => true));

    [Fact]
    public void The_process_command_line_is_split_at_its_NUL_bytes_keeping_bytes_that_are_not_UTF8()
    {
        byte[] latin1 = [0x72, 0xE9, 0x73, 0x75, 0x6D, 0xE9]; // "résumé" in Latin-1: not UTF-8
        byte[] commandLine = [.. "dotnet\0analyze\0"u8, .. latin1, 0, 0, .. "--cluster\0localhost\0"u8];

        var args = CoordinatorJit.Split(commandLine);

        Assert.Equal(6, args.Count);
        Assert.Equal("dotnet"u8.ToArray(), args[0]);
        Assert.Equal(latin1, args[2]);
        Assert.Empty(args[3]);
        Assert.Equal("localhost"u8.ToArray(), args[5]);
    }

    [Fact]
    public void A_last_string_without_its_NUL_is_kept() =>
        Assert.Equal(["a"u8.ToArray(), "bc"u8.ToArray()], CoordinatorJit.Split([.. "a\0bc"u8]));
}
