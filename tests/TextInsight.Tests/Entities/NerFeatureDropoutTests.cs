using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

public class NerFeatureDropoutTests
{
    private static readonly string[] Words = ["Paris", "said", "the", "Reuters", "on", "Monday"];

    private static NerDocument[] Documents()
    {
        var paths = new Dictionary<ulong, ushort>();
        for (int w = 0; w < Words.Length; w++)
        {
            paths[TokenAtoms.Compute(Words[w]).Word] = (ushort)(w + 1);
        }

        var clusters = new NerClusters(paths);
        var gazetteer = NerGazetteer.Build([]);
        return [.. Enumerable.Range(0, 4).Select(d =>
        {
            var atoms = Enumerable.Range(0, 600).Select(i => TokenAtoms.Compute(Words[(i + d) % Words.Length])).ToArray();
            return new NerDocument(atoms, [0, 300, 600], gazetteer, clusters: clusters);
        })];
    }

    [Fact]
    public void A_share_of_the_tokens_reads_as_unknown_to_the_clusters_and_the_draw_follows_the_seed()
    {
        var docs = Documents();
        var again = Documents();
        var other = Documents();

        int hidden = NerTrainer.HideNameFeatures(docs, 0.3, seed: 1);
        NerTrainer.HideNameFeatures(again, 0.3, seed: 1);
        NerTrainer.HideNameFeatures(other, 0.3, seed: 2);

        Assert.InRange(hidden, 2400 * 0.25, 2400 * 0.35);
        Assert.Equal(hidden, docs.Sum(d => d.Cluster!.Count(c => c == 0)));
        Assert.Equal(docs.SelectMany(d => d.Cluster!), again.SelectMany(d => d.Cluster!));
        Assert.NotEqual(docs.SelectMany(d => d.Cluster!), other.SelectMany(d => d.Cluster!));
    }

    [Fact]
    public void No_share_hides_nothing()
    {
        var docs = Documents();

        Assert.Equal(0, NerTrainer.HideNameFeatures(docs, 0, seed: 1));
        Assert.DoesNotContain(0, docs.SelectMany(d => d.Cluster!));
    }
}
