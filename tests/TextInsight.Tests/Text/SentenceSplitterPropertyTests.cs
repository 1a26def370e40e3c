using CsCheck;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

public sealed class SentenceSplitterPropertyTests
{
    [Fact]
    public void Sentences_partition_the_non_white_space_text()
        => RandomText.Text.Sample(text =>
        {
            var sentences = SentenceSplitter.Default.Split(text);
            int position = 0;
            foreach (var s in sentences)
            {
                Assert.True(s.Length > 0, "empty sentence");
                Assert.True(s.Start >= position, $"sentence {s} starts before the previous one ends at {position}");
                Assert.True(s.End <= text.Length, $"sentence {s} runs past the end {text.Length}");
                Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]), $"sentence {s} is not trimmed");
                for (int k = position; k < s.Start; k++)
                {
                    Assert.True(char.IsWhiteSpace(text[k]), $"non-white-space U+{(int)text[k]:X4} at {k} is in no sentence");
                }

                position = s.End;
            }

            for (int k = position; k < text.Length; k++)
            {
                Assert.True(char.IsWhiteSpace(text[k]), $"non-white-space U+{(int)text[k]:X4} at {k} is in no sentence");
            }
        }, iter: 3000);

    [Fact]
    public void Sentences_shifted_by_an_offset_are_the_same_sentences()
        => Gen.Select(RandomText.Text, Gen.Int[0, 1000]).Sample((text, offset) =>
        {
            var plain = SentenceSplitter.Default.Split(text);
            var shifted = new List<TextSpan>();
            SentenceSplitter.Default.Split(text, offset, shifted);
            Assert.Equal(plain.Count, shifted.Count);
            for (int k = 0; k < plain.Count; k++)
            {
                Assert.Equal(new TextSpan(plain[k].Start + offset, plain[k].Length), shifted[k]);
            }
        }, iter: 500);

    [Fact]
    public void The_token_log_holds_the_tokens_of_the_text_shifted_by_the_offset()
        => Gen.Select(RandomText.Text, Gen.Int[0, 1000]).Sample((text, offset) =>
        {
            var expected = new List<Token>();
            foreach (var t in Tokenizer.Tokenize(text))
            {
                expected.Add(new Token(t.Start + offset, t.Length, t.Kind));
            }

            var sentences = new List<TextSpan>();
            var log = new List<Token> { new(-1, 1, TokenKind.Word) };
            SentenceSplitter.Default.Split(text, offset, sentences, log);
            Assert.Equal(expected, log);
            Assert.Equal(SentenceSplitter.Default.Split(text).Select(s => new TextSpan(s.Start + offset, s.Length)), sentences);
        }, iter: 3000);
}
