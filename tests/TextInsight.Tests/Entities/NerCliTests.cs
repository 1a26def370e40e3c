using System.CommandLine;
using TextInsight.Cli;

namespace TextInsight.Tests.Entities;

public class NerCliTests
{
    [Theory]
    [InlineData("train", "entities", "--out", "model.bin")]
    [InlineData("evaluate", "entities")]
    public void A_missing_CoNLL_file_is_named_and_exits_with_2(params string[] args)
    {
        string missing = Path.Combine(Path.GetTempPath(), "textinsight-no-such-file", "train.txt");
        var (code, _, error) = Run([.. args, "--conll", missing]);

        Assert.Equal(2, code);
        Assert.Contains(missing, error);
    }

    [Fact]
    public void A_malformed_CoNLL_file_is_named_with_its_line_and_exits_with_1()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "-DOCSTART- -X- O O\n\nEU NNP I-NP I-ORG\nrejects VBZ I-VP I-BANANA\n");

            var (code, _, error) = Run(["evaluate", "entities", "--conll", file]);

            Assert.Equal(1, code);
            Assert.Contains($"{file}:4: 'I-BANANA' is not an IOB tag", error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Evaluate_with_rules_scores_the_tagger_on_raw_text_without_and_with_the_name_rules()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """
                -DOCSTART- -X- O O

                The DT O O
                tour NN O O
                visits VBZ O O
                Glasgow NNP O B-LOC
                , , O O
                Manchester NNP O B-LOC
                and CC O O
                London NNP O B-LOC
                . . O O

                """);

            var (code, output, error) = Run(["evaluate", "entities", "--conll", file, "--rules", "--no-speed"]);

            Assert.True(code == 0, error);
            string[] sections = output.Split("tagger on raw text");
            Assert.Equal(3, sections.Length);
            Assert.Contains("with 3 phrases", sections[1]);
            Assert.Contains("then the name rules", sections[2]);
            Assert.Contains("with 3 phrases", sections[2]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static (int Code, string Output, string Error) Run(string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(Stream.Null, error, () => Stream.Null, ErrorIsTerminal: false);
        int code = Program.BuildRootCommand(console).Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
