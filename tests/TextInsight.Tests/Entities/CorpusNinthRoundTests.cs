using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>
/// The resolver's ninth round (issue 23): an acronym that an off-topic guess kept from a name is one entity across the
/// documents that write it alone. Each test has the merge that must be refused and the one beside it that must still happen.
/// </summary>
public class CorpusNinthRoundTests
{
    [Fact]
    public void An_acronym_kept_from_a_guessed_name_off_its_topic_is_one_entity_across_the_documents_that_write_it()
    {
        var docs = Resolve(
            Doc("business", ("Liggett Group", "Organization")),
            Doc("business", ("LG", "Organization")),
            Doc("tech", ("Dell", "Organization"), ("LG", "Organization")),
            Doc("tech", ("Samsung", "Organization"), ("LG", "Organization")));

        // The guess holds on the name's topic and not on another.
        Assert.Equal(Id(docs[0], "Liggett Group"), Id(docs[1], "LG"));
        Assert.NotEqual(Id(docs[0], "Liggett Group"), Id(docs[2], "LG"));
        // The two tech stories' LG is one firm, not a new entity each time.
        Assert.Equal(Id(docs[2], "LG"), Id(docs[3], "LG"));
        Assert.NotEqual(Id(docs[0], "Liggett Group"), Id(docs[3], "LG"));
    }
}
