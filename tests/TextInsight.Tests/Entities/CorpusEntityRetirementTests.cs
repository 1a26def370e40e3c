using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Tests.Entities;

/// <summary>The resolver's memory bound: entities named in one document long ago are retired, and still reported.</summary>
public class CorpusEntityRetirementTests
{
    [Fact]
    public void Entities_named_once_long_ago_are_retired_and_still_listed_with_their_ids()
    {
        var corpus = new SyntheticCorpus(seed: 5);
        var resolver = new CorpusEntityResolver { RetireAfter = 1500 };
        var ids = new Dictionary<int, (string Name, int Document)>();
        for (int i = 0; i < 6000; i++)
        {
            var record = corpus.Next(i);
            resolver.Resolve(record);
            foreach (var e in record.EntitySummary!)
            {
                ids.TryAdd(e.CorpusId!.Value, (e.Name, i));
            }
        }

        var all = resolver.GetEntities();
        Assert.Equal(resolver.Count, all.Count);
        Assert.Equal(Enumerable.Range(1, resolver.Count), all.Select(e => e.Id));
        Assert.True(resolver.LiveCount < resolver.Count * 0.6, $"{resolver.LiveCount} of {resolver.Count} held");

        // Every id a record carries is listed, retired or not, and a retired one (named in one early document) comes
        // back with its name and counts.
        int retired = 0;
        foreach (var (id, first) in ids)
        {
            var entity = resolver.Find(id);
            Assert.NotNull(entity);
            Assert.Equal(entity, all[id - 1] with { Aliases = entity.Aliases });
            Assert.Equal(entity.Aliases, all[id - 1].Aliases);
            if (entity.Documents == 1 && first.Document < 3000)
            {
                retired++;
                Assert.Contains(first.Name, entity.Aliases.Prepend(entity.Name));
            }
        }

        Assert.True(retired > 1000, $"{retired} entities named once in the first half");
    }

    [Fact]
    public void A_name_seen_again_after_its_entity_retired_gets_a_new_entity_and_the_old_one_keeps_its_name()
    {
        var resolver = new CorpusEntityResolver { RetireAfter = 2 };
        var first = Doc("Zanzibar Trading", "Organization");
        resolver.Resolve(first);
        for (int i = 0; i < 2100; i++)
        {
            resolver.Resolve(Doc("Filler " + i, "Organization"));
        }

        var again = Doc("Zanzibar Trading", "Organization");
        resolver.Resolve(again);

        int old = first.EntitySummary![0].CorpusId!.Value, now = again.EntitySummary![0].CorpusId!.Value;
        Assert.NotEqual(old, now);
        Assert.Equal("Zanzibar Trading", resolver.Find(old)!.Name);
        Assert.Equal(EntityType.Organization, resolver.Find(old)!.Type);
        Assert.Equal(1, resolver.Find(old)!.Documents);
        Assert.Equal("Zanzibar Trading", resolver.Find(now)!.Name);
    }

    [Fact]
    public void An_entity_named_in_two_documents_is_not_retired()
    {
        var resolver = new CorpusEntityResolver { RetireAfter = 2 };
        var first = Doc("Tony Blair", "Person");
        resolver.Resolve(first);
        resolver.Resolve(Doc("Tony Blair", "Person"));
        for (int i = 0; i < 2100; i++)
        {
            resolver.Resolve(Doc("Filler " + i, "Organization"));
        }

        var again = Doc("Tony Blair", "Person");
        resolver.Resolve(again);
        Assert.Equal(first.EntitySummary![0].CorpusId, again.EntitySummary![0].CorpusId);
        Assert.Equal(3, resolver.Find(first.EntitySummary![0].CorpusId!.Value)!.Documents);
    }

    [Fact]
    public void The_synthetic_corpus_grows_like_the_bbc_set()
    {
        // The calibration the memory figure rests on: about 11,000 corpus entities after 1,780 documents (the BBC set
        // gives 11,242), most of them named in one document.
        var corpus = new SyntheticCorpus();
        var resolver = new CorpusEntityResolver();
        for (int i = 0; i < 1780; i++)
        {
            resolver.Resolve(corpus.Next(i));
        }

        Assert.InRange(resolver.Count, 9_000, 13_000);
        Assert.True(resolver.GetEntities().Count(e => e.Documents == 1) > resolver.Count / 2);
    }

    private static AnalysisRecord Doc(string name, string type) => new()
    {
        Source = name,
        Topics = [new TopicRecord { Label = "politics", Score = 1 }],
        EntitySummary = [new EntitySummaryRecord { Id = 1, Name = name, Type = type, Mentions = 1 }],
    };
}
