using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The document context that only models with name lists compute differently: the word after an opening dateline reads
/// as a sentence's first word, pass 1's majority counts a word that opens a longer name as a class of its own, and a
/// word's occurrences say whether it opens several different names or one. A model without lists keeps its old features.
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

    [Fact]
    public void A_word_that_opens_several_different_names_is_told_from_the_short_form_of_one_in_list_models()
    {
        var town = Atoms("Dunmore Courier said . mayor of Dunmore . Dunmore Office shut .");
        var firm = Atoms("Fiat SpA said . shares of Fiat rose . Fiat SpA shut .");

        var townDoc = new NerDocument(town, [0, 4, 8, 12], NerGazetteer.Build([]), names: NerLexicon.Build(_folder));
        var firmDoc = new NerDocument(firm, [0, 4, 8, 12], NerGazetteer.Build([]), names: NerLexicon.Build(_folder));

        // Opens two different names, stands alone nowhere else, and stands alone here after a lower-case word.
        Assert.Equal((2 << 4) | 2, townDoc.Opener![6]);
        // Opens one name (twice), and stands alone here.
        Assert.Equal((1 << 4) | 2, firmDoc.Opener![6]);
        // The words of a longer name are read from that name.
        Assert.Equal(0, townDoc.Opener![0]);
        Assert.Equal(0, townDoc.Opener![1]);
        Assert.Null(new NerDocument(town, [0, 4, 8, 12], NerGazetteer.Build([])).Opener);

        // A name that only recurs alone opens nothing.
        var alone = Atoms("gift from Quarrel . shares of Quarrel rose .");
        Assert.All(new NerDocument(alone, [0, 4, 9], NerGazetteer.Build([]), names: NerLexicon.Build(_folder)).Opener!, b => Assert.Equal(0, b));
    }

    private static TokenAtoms[] Atoms(string text) => [.. text.Split(' ').Select(t => TokenAtoms.Compute(t))];
}
