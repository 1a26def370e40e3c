using System.Text;
using TextInsight.Text;

namespace TextInsight.Tests.Text;

/// <summary>
/// A run without a sentence end is cut once it is long (<see cref="SentenceSplitter.LongSentenceLength"/>, after a clause
/// mark) or too long (<see cref="SentenceSplitter.MaxSentenceLength"/>, at a space), never inside a token: an unpunctuated
/// transcript is not one sentence, so neither its summary nor the tagger's work is the whole text.
/// </summary>
public sealed class LongSentenceTests
{
    private static string Unpunctuated(int words)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < words; i++)
        {
            sb.Append(i % 7 == 0 ? "and then we went on " : "talking about the weather ");
        }

        return sb.ToString().TrimEnd();
    }

    [Fact]
    public void An_unpunctuated_transcript_is_cut_at_spaces_into_runs_no_longer_than_the_limit()
    {
        string text = Unpunctuated(3000);
        var spans = SentenceSplitter.Default.Split(text);

        Assert.True(spans.Count > text.Length / SentenceSplitter.MaxSentenceLength, $"{spans.Count} sentences for {text.Length} characters");
        int covered = 0;
        int end = 0;
        foreach (var s in spans)
        {
            Assert.True(s.Length <= SentenceSplitter.MaxSentenceLength + "weather".Length, $"a sentence of {s.Length} characters");
            Assert.True(s.Start >= end);
            Assert.True(s.Start == 0 || text[s.Start - 1] == ' ', "cut inside a word");
            covered += s.GetText(text).Count(c => c != ' ');
            end = s.End;
        }

        Assert.Equal(text.Count(c => c != ' '), covered);
    }

    [Fact]
    public void A_long_run_is_cut_after_a_comma_before_it_reaches_the_limit()
    {
        var sb = new StringBuilder();
        while (sb.Length < SentenceSplitter.LongSentenceLength + 100)
        {
            sb.Append("word ");
        }

        sb.Append("clause, ");
        while (sb.Length < 3 * SentenceSplitter.MaxSentenceLength)
        {
            sb.Append("more ");
        }

        string text = sb.ToString().TrimEnd();
        var spans = SentenceSplitter.Default.Split(text);

        Assert.EndsWith("clause,", spans[0].GetText(text), StringComparison.Ordinal);
        Assert.StartsWith("more", spans[1].GetText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_sentence_with_an_end_under_the_limit_stays_whole()
    {
        var sb = new StringBuilder("The list of names read out ");
        while (sb.Length < SentenceSplitter.LongSentenceLength - 10)
        {
            sb.Append("Smith, ");
        }

        sb.Append("and Jones. Then it ended.");
        string text = sb.ToString();
        var spans = SentenceSplitter.Default.Split(text);

        Assert.Equal(2, spans.Count);
        Assert.EndsWith("and Jones.", spans[0].GetText(text), StringComparison.Ordinal);
    }

    [Fact]
    public void A_token_longer_than_the_limit_is_never_cut()
    {
        string word = new('x', 3 * SentenceSplitter.MaxSentenceLength);
        string text = "It reads " + word + " and more words follow here";
        var spans = SentenceSplitter.Default.Split(text);

        Assert.Contains(spans, s => s.GetText(text).Contains(word, StringComparison.Ordinal));
        Assert.All(spans, s => Assert.False(s.End < text.Length && s.End > 0 && text[s.End] == 'x' && text[s.End - 1] == 'x'));
    }

    [Fact]
    public void An_unpunctuated_document_gets_a_summary_shorter_than_its_text()
    {
        string text = "A talk without punctuation\n\n" + Unpunctuated(3000);
        var analysis = TextAnalyzer.CreateDefault().Analyze(text, "transcript.txt");

        Assert.True(analysis.Sentences.Count > 5, $"{analysis.Sentences.Count} sentences");
        Assert.True(analysis.Summary.Text.Length < text.Length / 3, $"summary of {analysis.Summary.Text.Length} characters for {text.Length}");
    }

    [Fact]
    public void The_structure_splitter_ends_sentences_only_where_the_text_does()
    {
        string text = Unpunctuated(3000);

        Assert.Single(SentenceSplitter.Uncapped.Split(text));
        Assert.True(new SentenceSplitter().Split(text).Count > 1);
    }
}
