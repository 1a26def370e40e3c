using TextInsight.Entities;
using TextInsight.Structure;
using TextInsight.Tests.Support;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Linking on the team-written corpus, with the gold names placed by hand at their first occurrence, as a tagger
/// would give them (the name model is not on this branch).
/// </summary>
public class CorpusLinkingTests
{
    private static (ArticleStructure Structure, EntityAnalysis Analysis) Link(string article, params (string Name, EntityType Type)[] names)
    {
        var s = ArticleParser.Default.Parse(File.ReadAllText(Path.Combine(RepoPaths.Corpus, article + ".txt")));
        return (s, EntityLinker.Default.Link(s, names.Select(n => MentionBuilder.At(s, n.Name, n.Type)).ToList()));
    }

    private static LinkedEntity Named(EntityAnalysis a, string name) => Assert.Single(a.Entities, e => e.Name == name);

    [Fact]
    public void Ecb_is_an_alias_of_the_european_central_bank()
    {
        var (_, a) = Link("ecb-holds-rates", ("European Central Bank", EntityType.Organization), ("ECB", EntityType.Organization));
        Assert.Contains("ECB", Named(a, "European Central Bank").Aliases);
    }

    [Fact]
    public void Ecb_president_role_points_at_the_bank()
    {
        var (_, a) = Link("ecb-holds-rates",
            ("European Central Bank", EntityType.Organization), ("ECB", EntityType.Organization), ("Annelie Voss", EntityType.Person));
        var role = Assert.Single(Named(a, "Annelie Voss").Roles);
        Assert.Equal(("President", Named(a, "European Central Bank").Id), (role.Title, role.Of));
    }

    [Fact]
    public void Surname_links_in_the_ecb_article()
    {
        var (_, a) = Link("ecb-holds-rates", ("Annelie Voss", EntityType.Person), ("Voss", EntityType.Person));
        Assert.Equal(["Voss"], Named(a, "Annelie Voss").Aliases);
    }

    [Fact]
    public void Nhs_before_its_expansion_links_to_it()
    {
        var (_, a) = Link("nhs-waiting-list-plan", ("NHS", EntityType.Organization), ("National Health Service", EntityType.Organization));
        var nhs = Named(a, "National Health Service");
        Assert.Equal(["NHS"], nhs.Aliases);
    }

    [Fact]
    public void Acronym_with_a_link_word_links_to_the_institute()
    {
        var (_, a) = Link("moon-dust-bricks", ("Calder Institute of Technology", EntityType.Organization), ("CIT", EntityType.Organization));
        Assert.Equal(["CIT"], Named(a, "Calder Institute of Technology").Aliases);
    }

    [Fact]
    public void Shadow_health_secretary_is_a_role()
    {
        var (_, a) = Link("nhs-waiting-list-plan", ("Amira Haddad", EntityType.Person));
        Assert.Equal("Shadow Health Secretary", Assert.Single(Named(a, "Amira Haddad").Roles).Title);
    }

    [Fact]
    public void Chief_economist_at_an_unnamed_firm_has_no_organization()
    {
        var (_, a) = Link("ecb-holds-rates", ("Laura Mendes", EntityType.Person));
        var role = Assert.Single(Named(a, "Laura Mendes").Roles);
        Assert.Equal(("chief economist", (int?)null), (role.Title, role.Of));
    }
}
