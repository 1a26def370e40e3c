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

    [Fact]
    public void Hiding_name_kinds_takes_only_the_kinds_of_the_names_own_type_from_a_share_of_the_names()
    {
        string folder = Path.Combine(Path.GetTempPath(), "textinsight-kinds-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllLines(Path.Combine(folder, "person-first-names.tsv"), ["Paris\t5000"]);
            File.WriteAllLines(Path.Combine(folder, "person-surnames.tsv"), ["Paris\t20000"]);
            File.WriteAllLines(Path.Combine(folder, "person-surnames-intl.tsv"), []);
            File.WriteAllLines(Path.Combine(folder, "locations.tsv"), ["Paris\tcity\t2000000"]);
            File.WriteAllLines(Path.Combine(folder, "demonyms.tsv"), []);
            File.WriteAllLines(Path.Combine(folder, "organizations.tsv"), []);
            var lexicon = NerLexicon.Build(folder);
            var atoms = Enumerable.Range(0, 400).Select(i => TokenAtoms.Compute(i % 2 == 0 ? "Paris" : "said")).ToArray();
            var doc = new NerDocument(atoms, [0, 200, 400], NerGazetteer.Build([]), names: lexicon);
            var gold = atoms.Select((_, i) => i % 2 == 0 ? NerLabels.Label(2, NerLabels.Unit) : NerLabels.Outside).ToArray();
            uint city = 1u << (int)NerLexicon.Kind.City, surname = 1u << (int)NerLexicon.Kind.Surname;

            int hidden = NerTrainer.HideNameKinds([doc], [gold], 0.5, seed: 1);

            Assert.InRange(hidden, 70, 130);
            Assert.Equal(hidden, Enumerable.Range(0, 200).Count(k => (doc.NameList![2 * k] & city) == 0));
            Assert.All(Enumerable.Range(0, 200), k => Assert.NotEqual(0u, doc.NameList![2 * k] & surname));
            Assert.Equal(0, NerTrainer.HideNameKinds([doc], [gold], 0, seed: 1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
