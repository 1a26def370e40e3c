using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

public sealed class NerLexiconTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textinsight-lexicons-" + Guid.NewGuid().ToString("N"));

    public NerLexiconTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "person-first-names.tsv"), ["James\t5213689", "Ruth\t1500000", "Rare\t10"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames.tsv"), ["Smith\t2442977", "York\t20000"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames-intl.tsv"), ["Wong\t101500000\tCN"]);
        File.WriteAllLines(Path.Combine(_folder, "locations.tsv"), ["York\tcity\t150000", "New York\tcity\t8000000", "New York City\tcity\t8000000", "England\tadmin1\t"]);
        File.WriteAllLines(Path.Combine(_folder, "demonyms.tsv"), ["English\tEngland\tmledoze"]);
        File.WriteAllLines(Path.Combine(_folder, "organizations.tsv"), ["Apple Inc.\tcompany", "Bank of England\tcompany", "Labour\tpolitical_party"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_longest_entry_covers_its_tokens_with_their_positions()
    {
        var lexicon = NerLexicon.Build(_folder);
        var (longest, _) = Match(lexicon, "He moved to New York City last year");

        uint city = 1u << (int)NerLexicon.Kind.City;
        Assert.Equal(city | ((uint)NerLabels.Begin << 24), longest[3]);
        Assert.Equal(city | ((uint)NerLabels.Inside << 24), longest[4]);
        Assert.Equal(city | ((uint)NerLabels.Last << 24), longest[5]);
        Assert.Equal(0u, longest[6]);
    }

    [Fact]
    public void A_token_alone_carries_every_kind_it_is_listed_as_and_its_frequency_buckets()
    {
        var lexicon = NerLexicon.Build(_folder);
        var (_, unigram) = Match(lexicon, "York James");

        uint york = unigram[0];
        Assert.NotEqual(0u, york & (1u << (int)NerLexicon.Kind.City));
        Assert.NotEqual(0u, york & (1u << (int)NerLexicon.Kind.Surname));
        Assert.True(NerLexicon.CityBucket(york) > 0);
        Assert.True(NerLexicon.SurnameBucket(york) > 0);
        Assert.True(NerLexicon.FirstNameBucket(unigram[1]) > NerLexicon.FirstNameBucket(Match(lexicon, "Ruth").Unigram[0]));
    }

    [Fact]
    public void Only_capitalized_words_begin_or_end_a_match()
    {
        var lexicon = NerLexicon.Build(_folder);
        var (lower, lowerUnigram) = Match(lexicon, "smith went to york and the bank of england");
        var (longest, _) = Match(lexicon, "The Bank of England and YORK");

        Assert.All(lower, v => Assert.Equal(0u, v));
        Assert.All(lowerUnigram, v => Assert.Equal(0u, v));
        uint company = 1u << (int)NerLexicon.Kind.Company;
        Assert.Equal(company | ((uint)NerLabels.Begin << 24), longest[1]);
        Assert.Equal(company | ((uint)NerLabels.Inside << 24), longest[2]);
        Assert.Equal(company | ((uint)NerLabels.Last << 24), longest[3]);
        Assert.NotEqual(0u, longest[5] & (1u << (int)NerLexicon.Kind.City));
    }

    [Fact]
    public void A_company_is_also_listed_without_its_legal_form_and_rare_first_names_are_left_out()
    {
        var lexicon = NerLexicon.Build(_folder);

        Assert.NotEqual(0u, Match(lexicon, "Apple").Unigram[0] & (1u << (int)NerLexicon.Kind.Company));
        Assert.Equal(0u, Match(lexicon, "Rare").Unigram[0]);
    }

    [Fact]
    public void A_missing_list_is_named()
    {
        File.Delete(Path.Combine(_folder, "demonyms.tsv"));

        var e = Assert.Throws<FileNotFoundException>(() => NerLexicon.Build(_folder));

        Assert.Contains("demonyms.tsv", e.Message);
    }

    [Fact]
    public void Clusters_put_words_of_the_same_contexts_together_and_survive_a_round_trip()
    {
        var days = new[] { "Monday", "Tuesday", "Friday", "Sunday" };
        var fruit = new[] { "apples", "pears", "plums", "grapes" };
        var texts = Enumerable.Range(0, 200).Select(i => $"The talks resumed on {days[i % 4]} in the city after the vote . She sold {fruit[(i / 4) % 4]} at the market for cash .").ToList();

        var clusters = NerClusterTrainer.Train(texts, new NerClusterOptions { MinCount = 3, Dimensions = 64, Branching = [16, 2, 2] }, _ => { });
        var stream = new MemoryStream();
        clusters.Save(stream);
        stream.Position = 0;
        var loaded = NerClusters.Load(stream);

        int Top(string word) => (loaded.PathOf(TokenAtoms.Compute(word).Word) - 1) >> 8;
        Assert.Equal(clusters.Count, loaded.Count);
        Assert.All(days, d => Assert.Equal(Top("Monday"), Top(d)));
        Assert.All(fruit, f => Assert.Equal(Top("apples"), Top(f)));
        Assert.NotEqual(Top("Monday"), Top("apples"));
    }

    [Fact]
    public void A_model_keeps_its_name_lists_and_clusters_through_a_round_trip()
    {
        var lexicon = NerLexicon.Build(_folder);
        var clusters = new NerClusters(new Dictionary<ulong, ushort> { [TokenAtoms.Compute("York").Word] = 0x123 });
        var weights = NerWeights.FromDense(12, new float[(1 << 12) * NerLabels.Count], new float[NerWeights.TransitionLength]);
        var model = new NerModel(weights, weights, new NerGazetteer([], 1), 1, 0, null, lexicon, clusters);
        var stream = new MemoryStream();

        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream);

        Assert.Equal(lexicon.Count, loaded.NameLists!.Count);
        Assert.Equal(0x124, loaded.Clusters!.PathOf(TokenAtoms.Compute("York").Word));
    }

    private static (uint[] Longest, uint[] Unigram) Match(NerLexicon lexicon, string sentence)
    {
        var atoms = sentence.Split(' ').Select(t => TokenAtoms.Compute(t)).ToArray();
        var longest = new uint[atoms.Length];
        var unigram = new uint[atoms.Length];
        lexicon.Match(atoms, longest, unigram);
        return (longest, unigram);
    }
}
