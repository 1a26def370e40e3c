using System.IO.Compression;
using System.Text;
using TextInsight.Summaries;
using Xunit;

namespace TextInsight.Tests.Summaries;

public class KeyphraseModelTests
{
    // CoNLL-2003 columns (word, POS, chunk, NER); "economic" is an adjective in two of three uses, "public" in one of
    // two (not more than half), "growth" never.
    private const string Tagged = """
        -DOCSTART- -X- -X- O

        The DT B-NP O
        economic JJ I-NP O
        growth NN I-NP O
        was VBD B-VP O
        economic JJ B-ADJP O
        . . O O

        Economic NNP B-NP B-ORG
        public JJ I-NP O
        public NN I-NP O
        growth NN I-NP O
        """;

    private static KeyphraseModel Train()
    {
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, Tagged.Replace("\r\n", "\n", StringComparison.Ordinal));
            return KeyphraseModelTrainer.Train([file], ["economic growth", "public growth"], minDocumentFrequency: 1);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Marks_the_words_tagged_mostly_as_adjectives_in_any_written_case()
    {
        var model = Train();

        Assert.Equal(1, model.Adjectives);
        Assert.True(model.IsAdjective("economic"));
        Assert.True(model.IsAdjective("Economic"));
        Assert.False(model.IsAdjective("public"));
        Assert.False(model.IsAdjective("growth"));
    }

    [Fact]
    public void The_adjectives_read_back_and_a_model_of_format_1_has_none()
    {
        var model = Train();
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var again = KeyphraseModel.Load(stream, "test");
        Assert.True(again.IsAdjective("economic"));
        Assert.Equal(model.Words, again.Words);

        // The same file as format 1 wrote it: no "adjectives" section.
        stream.Position = 0;
        string text;
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true))
        using (var reader = new StreamReader(gzip, Encoding.UTF8))
        {
            text = reader.ReadToEnd();
        }

        int start = text.IndexOf("\nadjectives ", StringComparison.Ordinal);
        int end = text.IndexOf("\ndf ", StringComparison.Ordinal);
        string v1 = text[..start].Replace("textinsight-keyphrases 2", "textinsight-keyphrases 1", StringComparison.Ordinal) + text[end..];
        using var old = new MemoryStream();
        using (var gzip = new GZipStream(old, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(v1));
        }

        old.Position = 0;
        var first = KeyphraseModel.Load(old, "v1");
        Assert.Equal(0, first.Adjectives);
        Assert.False(first.IsAdjective("economic"));
        Assert.Equal(model.Words, first.Words);
    }

    [Fact]
    public void The_built_in_model_knows_common_adjectives()
    {
        Assert.True(KeyphraseModel.Default.IsAdjective("economic"));
        Assert.True(KeyphraseModel.Default.IsAdjective("Difficult"));
        Assert.False(KeyphraseModel.Default.IsAdjective("inflation"));
        Assert.False(KeyphraseModel.Default.IsAdjective("deficit"));
    }
}
