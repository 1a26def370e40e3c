using System.Text.RegularExpressions;
using TextInsight.Cli;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Readme;

/// <summary>
/// Every command the CLI builds is named in README.md's command list and in docs/ARCHITECTURE.md's CLI contract, so
/// that a reader looking for a command, or rerunning one a doc cites, finds it there: README had left out
/// <c>train extraction</c> and <c>train oneline-breaks</c>, and ARCHITECTURE <c>evaluate structure</c>,
/// <c>train extraction</c>, <c>query</c> and <c>report</c>, while <c>--help</c> listed them.
/// </summary>
public class CommandListTests
{
    [Theory]
    [InlineData("README.md")]
    [InlineData("docs/ARCHITECTURE.md")]
    public void Every_command_of_the_cli_is_named_in_the_doc(string doc)
    {
        string text = File.ReadAllText(Path.Combine(RepoPaths.Root, doc));
        var named = new HashSet<string>(StringComparer.Ordinal);
        // "textinsight analyze", "textinsight query|report", "textinsight train topics|entities|summaries", ...
        foreach (Match m in Regex.Matches(text, @"textinsight ((?:train|evaluate) )?([a-z][a-z-]*(?:\|[a-z][a-z-]*)*)"))
        {
            foreach (string name in m.Groups[2].Value.Split('|'))
            {
                named.Add(m.Groups[1].Value + name);
            }
        }

        var root = Program.BuildRootCommand(new CliConsole(Stream.Null, TextWriter.Null, () => Stream.Null, ErrorIsTerminal: false));
        var missing = new List<string>();
        foreach (var command in root.Subcommands)
        {
            if (command.Subcommands.Count == 0)
            {
                if (!named.Contains(command.Name))
                {
                    missing.Add(command.Name);
                }

                continue;
            }

            foreach (var sub in command.Subcommands)
            {
                if (!named.Contains($"{command.Name} {sub.Name}"))
                {
                    missing.Add($"{command.Name} {sub.Name}");
                }
            }
        }

        Assert.True(root.Subcommands.Count >= 8, "the command tree was not read");
        Assert.True(missing.Count == 0, $"{doc} names no 'textinsight {string.Join("', 'textinsight ", missing)}'");
    }
}
