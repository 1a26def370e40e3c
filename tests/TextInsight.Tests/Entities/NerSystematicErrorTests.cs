using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The general mechanisms behind the name-list and cluster model's systematic corpus errors (issue 19): a list match
/// inside a longer capitalized name, cluster prefixes learned from one or two training words, and the "unknown to the
/// clusters" feature. Sentences written by the team.
/// </summary>
public sealed class NerSystematicErrorTests : IDisposable
{
    private const uint Part = 1u << NerLexicon.PartOfLongerBit;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textinsight-systematic-" + Guid.NewGuid().ToString("N"));

    public NerSystematicErrorTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "person-first-names.tsv"), ["Ruth\t1500000"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames.tsv"), ["Smith\t2442977"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames-intl.tsv"), ["Wong\t101500000\tCN"]);
        File.WriteAllLines(Path.Combine(_folder, "locations.tsv"), ["Oslo\tcity\t700000"]);
        File.WriteAllLines(Path.Combine(_folder, "demonyms.tsv"), ["British\tUnited Kingdom\tmledoze"]);
        File.WriteAllLines(Path.Combine(_folder, "organizations.tsv"), ["Bank of England\tcompany"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_list_match_inside_a_longer_capitalized_run_is_marked_as_a_part()
    {
        var lexicon = NerLexicon.Build(_folder);

        Assert.NotEqual(0u, Match(lexicon, "British Athletics will name its team")[0] & Part);
        Assert.NotEqual(0u, Match(lexicon, "She flew with British Airways to Oslo")[3] & Part);
        Assert.NotEqual(0u, Match(lexicon, "He met Ruth Smith there")[2] & Part);
    }

    [Fact]
    public void A_whole_name_or_one_after_a_sentence_s_first_word_is_no_part()
    {
        var lexicon = NerLexicon.Build(_folder);

        var british = Match(lexicon, "The British team won");
        var oslo = Match(lexicon, "In Oslo prices rose");
        var bank = Match(lexicon, "Shares rose after the Bank of England spoke");

        Assert.NotEqual(0u, british[1]);
        Assert.Equal(0u, british[1] & Part);
        Assert.NotEqual(0u, oslo[1]);
        Assert.Equal(0u, oslo[1] & Part);
        Assert.All(bank.AsSpan(4, 3).ToArray(), v => Assert.Equal(0u, v & Part));
        Assert.Equal(NerLabels.Begin, (int)((bank[4] >> 24) & 3));
    }

    [Fact]
    public void A_cluster_prefix_whose_training_tokens_are_one_or_two_words_is_backed_off_to_its_parent()
    {
        var paths = new Dictionary<ulong, ushort>
        {
            [Word("Palestinian")] = 0x123,
            [Word("Serb")] = 0x123,
            [Word("Monday")] = 0x124,
            [Word("Tuesday")] = 0x124,
            [Word("Friday")] = 0x124,
            [Word("Sunday")] = 0x124,
            [Word("Saturday")] = 0x124,
            [Word("Zorbly")] = 0x777,
        };
        var clusters = new NerClusters(paths);
        var tokens = new List<string>();
        tokens.AddRange(Enumerable.Repeat("Palestinian", 40));
        tokens.AddRange(Enumerable.Repeat("Serb", 20));
        foreach (string day in new[] { "Monday", "Tuesday", "Friday", "Sunday", "Saturday" })
        {
            tokens.AddRange(Enumerable.Repeat(day, 10));
        }

        var train = new[] { new IobDocument([new IobSentence([.. tokens], [], 1)]) };

        var backedOff = clusters.BackOffUnsupported(train, 3, out int[] counts);

        // Leaf 0x123: 60² / (40² + 20²) = 1.8 effective words, below 3; its parent 0x12 holds 110² / 2,500 = 4.84.
        Assert.Equal(0x123 + (1 << 12) + 1, backedOff.PathOf(Word("Palestinian")));
        Assert.Equal(0x124 + 1, backedOff.PathOf(Word("Monday")));
        Assert.Equal(0x777 + (3 << 12) + 1, backedOff.PathOf(Word("Zorbly")));
        Assert.Equal([2, 0, 1], counts);
        Assert.Equal(0x124 + 1, clusters.PathOf(Word("Monday")));
    }

    [Fact]
    public void A_word_the_clusters_do_not_know_gets_no_cluster_feature_of_its_own()
    {
        var known = new NerClusters(new Dictionary<ulong, ushort> { [Word("Klimatek")] = 0x321, [Word("said")] = 0x6F7 });
        var backedOff = new NerClusters(new Dictionary<ulong, ushort> { [Word("Klimatek")] = 0x321 | (3 << 12), [Word("said")] = 0x6F7 });
        var unknown = new NerClusters(new Dictionary<ulong, ushort> { [Word("said")] = 0x6F7 });

        int without = FeatureCount(null), withUnknown = FeatureCount(unknown), withKnown = FeatureCount(known), withBackedOff = FeatureCount(backedOff);

        // The neighbours' clusters (previous, next) only; a known word adds its three prefixes, its path with its case and
        // the two pairs with its neighbours; a word whose every level was backed off keeps only the neighbours and pairs.
        Assert.Equal(without + 2, withUnknown);
        Assert.Equal(without + 8, withKnown);
        Assert.Equal(without + 4, withBackedOff);
    }

    [Fact]
    public void A_model_is_stored_uncompressed_in_format_4_and_reads_back_to_the_same_bytes()
    {
        var lexicon = NerLexicon.Build(_folder);
        var clusters = new NerClusters(new Dictionary<ulong, ushort> { [Word("Oslo")] = 0x123 | (1 << 12) });
        var dense = new float[(1 << 12) * NerLabels.Count];
        dense[77 * NerLabels.Count] = 0.5f;
        var weights = NerWeights.FromDense(12, dense, new float[NerWeights.TransitionLength]);
        var model = new NerModel(weights, weights, new NerGazetteer([], 1), 1, 0, null, lexicon, clusters);

        using var first = new MemoryStream();
        model.Save(first);
        var loaded = NerModel.Load(new MemoryStream(first.ToArray()));
        using var second = new MemoryStream();
        loaded.Save(second);

        Assert.Equal(4, BitConverter.ToInt32(first.ToArray(), 4));
        Assert.Equal(first.ToArray(), second.ToArray());
        Assert.Equal(0x123 + (1 << 12) + 1, loaded.Clusters!.PathOf(Word("Oslo")));
        Assert.Equal(lexicon.Count, loaded.NameLists!.Count);
        Assert.Equal(0.5f, loaded.Pass1.Table[(loaded.Pass1.Rows[77] * NerLabels.Count)]);
    }

    private static ulong Word(string w) => TokenAtoms.Compute(w).Word;

    private static int FeatureCount(NerClusters? clusters)
    {
        string[] words = ["The", "maker", "Klimatek", "said", "so"];
        var atoms = words.Select(w => TokenAtoms.Compute(w)).ToArray();
        var doc = new NerDocument(atoms, [0, atoms.Length], new NerGazetteer([], 1), null, null, null, clusters);
        var ids = new int[atoms.Length * NerFeatures.Stride];
        var counts = new int[atoms.Length];
        NerFeatures.Extract(doc, 0, 20, null, default, ids, counts);
        return counts[2];
    }

    private static uint[] Match(NerLexicon lexicon, string sentence)
    {
        var atoms = sentence.Split(' ').Select(t => TokenAtoms.Compute(t)).ToArray();
        var longest = new uint[atoms.Length];
        lexicon.Match(atoms, longest, new uint[atoms.Length]);
        return longest;
    }
}
