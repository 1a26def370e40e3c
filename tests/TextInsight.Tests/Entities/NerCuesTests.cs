using TextInsight.Entities.Ner;

namespace TextInsight.Tests.Entities;

/// <summary>The word-class cues of <see cref="NerCues"/>: designators ending capitalized runs and nouns in apposition.</summary>
public class NerCuesTests
{
    private static (byte[] Run, byte[] Apposition) Cues(params string[] tokens)
    {
        var atoms = tokens.Select(t => TokenAtoms.Compute(t)).ToArray();
        var doc = new NerDocument(atoms, [0, atoms.Length], new NerGazetteer([], 1));
        return (doc.RunCue, doc.AppositionCue);
    }

    [Theory]
    [InlineData("Ventures")]
    [InlineData("Labs")]
    [InlineData("Securities")]
    [InlineData("University")]
    [InlineData("Inc")]
    public void A_run_ending_in_an_organization_designator_is_marked_on_every_word(string designator)
    {
        var (run, _) = Cues("led", "by", "Quarry", "Hill", designator, ",");

        Assert.Equal([0, 0, NerCues.Organization * 4, NerCues.Organization * 4, (NerCues.Organization * 4) + 1, 0], run);
    }

    [Fact]
    public void A_sentence_initial_first_word_of_the_run_is_marked_apart()
    {
        var (run, _) = Cues("Distributor", "Quarry", "Pictures", "bought", "it");

        Assert.Equal([(NerCues.Organization * 4) + 2, NerCues.Organization * 4, (NerCues.Organization * 4) + 1, 0, 0], run);
    }

    [Fact]
    public void A_designator_alone_is_no_run()
    {
        var (run, _) = Cues("the", "Group", "said");

        Assert.All(run, r => Assert.Equal(0, r));
    }

    [Theory]
    [InlineData(new[] { "Quarrel", ",", "a", "small", "security", "firm", "," }, NerCues.Organization)]
    [InlineData(new[] { "Quarrel", ",", "the", "British", "ready-meal", "maker", "," }, NerCues.Organization)]
    [InlineData(new[] { "Quarrel", ",", "a", "spokesman", "for", "the", "group" }, NerCues.Person)]
    [InlineData(new[] { "Quarrel", ",", "a", "quiet", "family", "drama", "," }, NerCues.Event)]
    public void A_noun_in_apposition_after_a_name_gives_its_class(string[] tokens, byte cls)
    {
        var (_, apposition) = Cues(tokens);

        Assert.Equal((cls * 2) + 1, apposition[0]);
    }

    [Theory]
    [InlineData(new[] { "the", "manufacturer", ",", "Quarrel", "," }, NerCues.Organization)]
    [InlineData(new[] { "the", "thriller", "Quarrel", "Bay" }, NerCues.Event)]
    public void A_noun_just_before_a_name_gives_its_class(string[] tokens, byte cls)
    {
        var (_, apposition) = Cues(tokens);

        Assert.Equal(cls * 2, apposition[Array.IndexOf(tokens, "Quarrel")]);
    }

    [Theory]
    [InlineData(new[] { "search", "giant", "Quarrel", "said" }, NerCues.Organization)]
    [InlineData(new[] { "firms", "such", "as", "Quarrel", "grew" }, NerCues.Organization)]
    [InlineData(new[] { "companies", ",", "such", "as", "Quarrel", "Bay" }, NerCues.Organization)]
    [InlineData(new[] { "strikers", "like", "Quarrel", "scored" }, NerCues.Person)]
    [InlineData(new[] { "cities", "including", "Quarrel", "voted" }, NerCues.Place)]
    [InlineData(new[] { "spokesmen", "such", "as", "Quarrel" }, NerCues.Person)]
    public void A_plural_noun_before_such_as_like_or_including_gives_its_class(string[] tokens, byte cls)
    {
        var (_, apposition) = Cues(tokens);

        Assert.Equal(cls * 2, apposition[Array.IndexOf(tokens, "Quarrel")]);
    }

    [Fact]
    public void The_names_listed_after_such_as_share_the_class()
    {
        string[] tokens = ["companies", "such", "as", "Quarrel", ",", "Tamsin", "Hill", ",", "Vorn", "and", "Ebb", "grew", ",", "Lark", "fell"];
        var (_, apposition) = Cues(tokens);

        byte org = NerCues.Organization * 2;
        Assert.Equal([0, 0, 0, org, 0, org, org, 0, org, 0, org, 0, 0, 0, 0], apposition);
    }

    [Theory]
    [InlineData("firm such as Quarrel")]
    [InlineData("such as Quarrel")]
    [InlineData("things like Quarrel")]
    [InlineData("products such as Quarrel 's Lantern")]
    [InlineData("products such as Quarrel \u2019s Lantern")]
    public void Such_as_needs_a_plural_noun_of_a_class_and_no_possessive(string text)
    {
        var (_, apposition) = Cues(text.Split(' '));

        Assert.All(apposition, a => Assert.Equal(0, a));
    }

    [Fact]
    public void Other_occurrences_of_a_word_share_its_cues()
    {
        var atoms = new[] { "Quarrel", "Labs", "found", "it", ".", "Quarrel", "said", "so" }.Select(t => TokenAtoms.Compute(t)).ToArray();
        var doc = new NerDocument(atoms, [0, 5, atoms.Length], new NerGazetteer([], 1));

        Assert.Equal(1 << (NerCues.Organization - 1), doc.DocumentCue[5]);
    }
}
