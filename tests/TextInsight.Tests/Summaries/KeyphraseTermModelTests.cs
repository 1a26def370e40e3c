using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Summaries;

namespace TextInsight.Tests.Summaries;

public class KeyphraseTermModelTests
{
    private static readonly string[] Background =
    [
        "Budget talks\n\nThe budget deficit widened in March, the ministry said.",
        "Deficit grows\n\nThe federal budget deficit grew again, officials said on Tuesday.",
        "Trade\n\nExporters said the budget deficit would not change export quotas this year.",
        "Coffee\n\nProducers met to discuss export quotas and coffee prices in London.",
        "Quotas\n\nThe council set new export quotas for member countries.",
    ];

    private static KeyphraseTermModel Train(IEnumerable<string> background, IEnumerable<string>? excluded = null, int minDf = 2)
        => KeyphraseModelTrainer.TrainTerms(KeyphraseModel.Default, background, excluded ?? [], minDf).Model;

    [Fact]
    public void Counts_the_documents_holding_a_phrase_and_those_where_it_is_a_whole_noun_phrase()
    {
        var model = Train(Background);

        Assert.Equal(5, model.Documents);
        // "budget deficit" is in three documents, whole in two ("federal budget deficit" holds it in the third).
        Assert.True(model.TryGet(Key("budget deficit"), out int df, out int whole));
        Assert.Equal((3, 2), (df, whole));
        Assert.True(model.TryGet(Key("export quotas"), out df, out whole));
        Assert.Equal((3, 3), (df, whole));
        // In one document only: under the minimum of two.
        Assert.False(model.Contains(Key("federal budget deficit")));
        Assert.False(model.Contains(Key("coffee prices")));
    }

    [Fact]
    public void Leaves_out_the_background_documents_of_an_excluded_sample()
    {
        string sample = "Quotas\n\n" + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}")) + " export quotas again.";
        string copy = "QUOTAS AGAIN\n\n" + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"word{i}")) + " export quotas again.";

        var (model, left) = KeyphraseModelTrainer.TrainTerms(KeyphraseModel.Default, [.. Background, copy], [sample], 2);

        Assert.Equal(1, left);
        Assert.Equal(5, model.Documents);
        Assert.True(model.TryGet(Key("export quotas"), out int df, out _));
        Assert.Equal(3, df);
    }

    [Fact]
    public void Reads_back_what_it_writes_byte_for_byte()
    {
        var model = Train(Background);
        using var first = new MemoryStream();
        model.Save(first);

        first.Position = 0;
        var read = KeyphraseTermModel.Load(first, "test");
        using var second = new MemoryStream();
        read.Save(second);

        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(model.Terms, read.Terms);
        Assert.True(read.TryGet(Key("budget deficit"), out int df, out int whole));
        Assert.Equal((3, 2), (df, whole));
    }

    [Fact]
    public void Rejects_a_file_that_is_not_a_term_model()
    {
        using var stream = new MemoryStream("not a model"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => KeyphraseTermModel.Load(stream, "bogus.bin"));
    }

    [Fact]
    public void The_built_in_model_knows_established_news_phrases_and_not_chance_ones()
    {
        var model = KeyphraseTermModel.Default;

        Assert.True(model.Documents > 30_000);
        Assert.True(model.Contains(Key("budget deficit")));
        Assert.True(model.Contains(Key("interest rates")));
        Assert.False(model.Contains(Key("suction gripper")));
    }

    [Fact]
    public void An_established_term_written_twice_outranks_a_recurring_run_the_background_never_wrote()
    {
        const string Article = """
            Growers meet

            Growers met on Monday to discuss export quotas and the harvest plan window. The harvest plan window closes in June,
            growers said, and export quotas would be set after it. Prices held steady.
            """;
        var structure = ArticleParser.Default.Parse(Article);
        var terms = Train(Background);
        List<string> Extract(double factor)
            => [.. new KeyphraseExtractor(KeyphraseWeights.Default with { EstablishedPhrase = factor }, null, terms)
                .Extract(structure, SeedStructure.BodySentences(structure), EntityAnalysis.Empty, 100).Select(k => k.Text)];

        var without = Extract(1);
        var with = Extract(3);

        Assert.True(without.IndexOf("harvest plan window") < without.IndexOf("export quotas"), string.Join(" | ", without));
        Assert.Equal("export quotas", with[0]);
    }

    /// <summary>A phrase's key as the extractor forms it: key words (lower-case, light-stemmed) joined by single spaces.</summary>
    private static string Key(string phrase)
    {
        var words = new List<string>();
        foreach (var word in phrase.Split(' '))
        {
            KeyphraseExtractor.AddKeyWords(word, words);
        }

        return string.Join(' ', words);
    }
}
