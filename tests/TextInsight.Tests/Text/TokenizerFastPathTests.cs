using CsCheck;
using TextInsight.Tests.Support;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>The vectorized block reader must yield exactly the tokens of the scalar reader it shortcuts.</summary>
public sealed class TokenizerFastPathTests
{
    private static readonly Gen<string> Prose = Gen.Frequency(
            (30, Gen.OneOf("the", "profits", "rose", "Apple", "USD", "EUR", "in", "a", "I", "J", "Dr", "Mr", "no", "etc", "US", "bn", "m", "k", "MP", "x")),
            (25, Gen.Const(" ")),
            (3, Gen.Const("\n")),
            (10, Gen.OneOf(",", ".", ";", "(", ")", "\"", "?", "!", "%", "$", "£", "€")),
            (8, Gen.OneOf("1", "2005", "10", "3", "0")),
            (3, Gen.OneOf("'", "’", "-", ":", "/", "&", "@", "#", "é", "\u0301", "👍", "\t", "\r\n", "..."))).Array[0, 120]
        .Select(parts => string.Concat(parts));

    private static List<Token> Scalar(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (true)
        {
            i = Tokenizer.SkipWhiteSpace(text, i);
            if (i >= text.Length)
            {
                return tokens;
            }

            var t = Tokenizer.Read(text, i);
            tokens.Add(t);
            i = t.End;
        }
    }

    private static List<Token> Enumerated(string text)
    {
        var tokens = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(text))
        {
            tokens.Add(t);
        }

        return tokens;
    }

    private static void AssertSame(string text)
    {
        var expected = Scalar(text);
        var actual = Enumerated(text);
        for (int k = 0; k < Math.Min(expected.Count, actual.Count); k++)
        {
            if (expected[k] != actual[k])
            {
                int from = Math.Max(0, expected[k].Start - 20);
                Assert.Fail($"token {k}: scalar {expected[k]} vs fast {actual[k]} in «{text[from..Math.Min(text.Length, expected[k].Start + 30)]}»");
            }
        }

        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected.Count, Tokenizer.Count(text));
    }

    [Fact]
    public void Fast_path_matches_the_scalar_reader_on_random_prose()
        => Prose.Sample(AssertSame, iter: 5000);

    [Fact]
    public void Fast_path_matches_the_scalar_reader_on_the_seed_article()
        => AssertSame(SeedArticle.Text);

    [SharedDataFact]
    public void Fast_path_matches_the_scalar_reader_on_the_bbc_articles()
    {
        var files = Directory.GetFiles(Path.Combine(RepoPaths.SharedData, "bbc", "articles"), "*.txt", SearchOption.AllDirectories);
        Array.Sort(files, StringComparer.Ordinal);
        foreach (var file in files)
        {
            AssertSame(File.ReadAllText(file));
        }
    }
}
