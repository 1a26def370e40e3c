using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The document context that only models with name lists compute differently: the word after an opening dateline reads
/// as a sentence's first word, pass 1's majority counts a word that opens a longer name as a class of its own, and each
/// capitalized word carries whether the document ever writes it beside another capitalized word.
/// A model without lists keeps its old features.
/// </summary>
public sealed class NerNameListContextTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "textinsight-context-" + Guid.NewGuid().ToString("N"));

    public NerNameListContextTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "person-first-names.tsv"), ["Tony\t400000"]);
        File.WriteAllLines(Path.Combine(_folder, "person-surnames.tsv"), ["Dunmore\t1469", "Blair\t60000"]);
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
    public void List_models_read_whether_a_word_is_ever_written_beside_another_capitalized_word()
    {
        var atoms = Atoms("Google said it would grow . Tony Blair met Google staff . Blair left . GOOGLE WINS");
        int[] starts = [0, 6, 12, 15, 17];

        var withLists = new NerDocument(atoms, starts, NerGazetteer.Build([]), names: NerLexicon.Build(_folder));
        var without = new NerDocument(atoms, starts, NerGazetteer.Build([]));

        var lone = withLists.LoneWord!;
        Assert.Equal(1 + 2 + (2 * 4), lone[0]); // Google: twice, never beside a capitalized word
        Assert.Equal(1 + 2 + (2 * 4), lone[9]);
        Assert.Equal(1 + (2 * 4) + 16, lone[7]); // Blair: beside Tony once (a sentence's first word), a listed surname
        Assert.Equal(1 + (2 * 4) + 16, lone[12]);
        Assert.Equal(1 + (1 * 4) + 16, lone[6]); // Tony: once, beside Blair
        Assert.Equal(0, lone[1]); // a lower-case word
        Assert.Equal(0, lone[15]); // a line in capitals gives no evidence

        // A sentence's first word that is a common word is no neighbour.
        atoms = Atoms("The Google deal fell .");
        var common = new NerCaseLexicon([TokenAtoms.Compute("the").Lower]);
        var doc = new NerDocument(atoms, [0, atoms.Length], NerGazetteer.Build([]), common, names: NerLexicon.Build(_folder));
        Assert.Equal(1 + 2 + 4, doc.LoneWord![1]);
        Assert.Null(without.LoneWord);
    }

    private static TokenAtoms[] Atoms(string text) => [.. text.Split(' ').Select(t => TokenAtoms.Compute(t))];
}
