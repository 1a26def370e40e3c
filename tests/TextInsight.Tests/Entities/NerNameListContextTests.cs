using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The document context that only models with name lists compute differently: the word after an opening dateline reads
/// as a sentence's first word, and pass 1's majority counts a word that opens a longer name as a class of its own.
/// A model without lists keeps its old features.
/// </summary>
public sealed class NerNameListContextTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textinsight-context-" + Guid.NewGuid().ToString("N"));

    public NerNameListContextTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "person-first-names.tsv"), []);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames.tsv"), ["Dunmore\t1469"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames-intl.tsv"), []);
        File.WriteAllLines(Path.Combine(_folder, "locations.tsv"), []);
        File.WriteAllLines(Path.Combine(_folder, "demonyms.tsv"), []);
        File.WriteAllLines(Path.Combine(_folder, "organizations.tsv"), []);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_word_after_an_opening_dateline_is_read_as_a_first_word_by_list_models_only()
    {
        var atoms = Atoms("FRANKFURT ( Eurodesk ) - The bank held rates");

        var withLists = new NerDocument(atoms, [0, atoms.Length], NerGazetteer.Build([]), names: NerLexicon.Build(_folder));
        var without = new NerDocument(atoms, [0, atoms.Length], NerGazetteer.Build([]));

        Assert.Equal(NerDocument.SentenceInitial, withLists.CapsContext[5]);
        Assert.Equal(NerDocument.Ordinary, without.CapsContext[5]);
        Assert.Equal(NerDocument.Ordinary, withLists.CapsContext[6]);
    }

    [Fact]
    public void A_word_that_opens_longer_names_elsewhere_is_no_vote_for_their_type_in_list_models()
    {
        var atoms = Atoms("Dunmore Courier said . mayor of Dunmore . Dunmore Office shut .");
        int org = NerLabels.Label(1, NerLabels.Begin), orgLast = NerLabels.Label(1, NerLabels.Last), loc = NerLabels.Label(2, NerLabels.Unit);
        int[] pass1 = [org, orgLast, 0, 0, 0, 0, loc, 0, org, orgLast, 0, 0];

        var withLists = new NerDocument(atoms, [0, 4, 8, 12], NerGazetteer.Build([]), names: NerLexicon.Build(_folder));
        var without = new NerDocument(atoms, [0, 4, 8, 12], NerGazetteer.Build([]));

        Assert.Equal(6, NerFeatures.Majority(withLists, pass1)[6]);
        Assert.Equal(3, NerFeatures.Majority(without, pass1)[6]);
    }

    private static TokenAtoms[] Atoms(string text) => [.. text.Split(' ').Select(t => TokenAtoms.Compute(t))];
}
