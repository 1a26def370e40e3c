using CsCheck;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

public sealed class TokenizerPropertyTests
{
    private const long Iterations = 3000;

    [Fact]
    public void Tokens_are_in_order_non_empty_non_overlapping_and_inside_the_text()
        => RandomText.Text.Sample(text =>
        {
            int previousEnd = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.True(t.Length > 0, $"empty token at {t.Start}");
                Assert.True(t.Start >= previousEnd, $"token at {t.Start} overlaps the one ending at {previousEnd}");
                Assert.True(t.End <= text.Length, $"token {t} runs past the end {text.Length}");
                previousEnd = t.End;
            }
        }, iter: Iterations);

    [Fact]
    public void Tokens_and_white_space_cover_the_text_exactly()
        => RandomText.Text.Sample(text =>
        {
            int position = 0;
            foreach (var t in Tokenizer.Tokenize(text))
            {
                for (int k = position; k < t.Start; k++)
                {
                    Assert.True(char.IsWhiteSpace(text[k]), $"non-white-space U+{(int)text[k]:X4} at {k} is in no token");
                }

                for (int k = t.Start; k < t.End; k++)
                {
                    Assert.False(char.IsWhiteSpace(text[k]), $"white space at {k} is inside token {t}");
                }

                position = t.End;
            }

            for (int k = position; k < text.Length; k++)
            {
                Assert.True(char.IsWhiteSpace(text[k]), $"non-white-space U+{(int)text[k]:X4} at {k} is in no token");
            }
        }, iter: Iterations);

    [Fact]
    public void Tokens_never_split_a_surrogate_pair()
        => RandomText.Text.Sample(text =>
        {
            foreach (var t in Tokenizer.Tokenize(text))
            {
                Assert.False(t.Start > 0 && char.IsLowSurrogate(text[t.Start]) && char.IsHighSurrogate(text[t.Start - 1]), $"token {t} starts inside a pair");
                Assert.False(t.End < text.Length && char.IsLowSurrogate(text[t.End]) && char.IsHighSurrogate(text[t.End - 1]), $"token {t} ends inside a pair");
            }
        }, iter: Iterations);

    [Fact]
    public void Count_agrees_with_enumeration()
        => RandomText.Text.Sample(text =>
        {
            int n = 0;
            foreach (var _ in Tokenizer.Tokenize(text))
            {
                n++;
            }

            Assert.Equal(n, Tokenizer.Count(text));
        }, iter: Iterations);
}
