using TextInsight.Entities;
using TextInsight.Entities.Corpus;
using TextInsight.Serialization;
using static TextInsight.Tests.Entities.CorpusRecords;

namespace TextInsight.Tests.Entities;

/// <summary>Corpus entity resolution over documents given as JSON records (their entity summaries and top topic).</summary>
public class CorpusEntityResolverTests
{
    [Fact]
    public void A_full_name_a_title_and_surname_and_a_surname_alone_in_three_documents_are_one_corpus_entity()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", ("Tony Blair", "Person"), ("Labour", "Organization")),
            Doc("politics", ("Mr Blair", "Person"), ("Labour", "Organization")),
            Doc("politics", ("Blair", "Person"), ("Labour", "Organization")),
        };
        Resolve(resolver, docs);

        int id = IdOf(docs[0], "Tony Blair");
        Assert.Equal(id, IdOf(docs[1], "Mr Blair"));
        Assert.Equal(id, IdOf(docs[2], "Blair"));
        var entity = resolver.Find(id)!;
        Assert.Equal("Tony Blair", entity.Name);
        Assert.Equal(EntityType.Person, entity.Type);
        Assert.Equal(3, entity.Documents);
        Assert.Equal(["Blair", "Mr Blair"], entity.Aliases.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_surname_seen_before_the_full_name_keeps_its_id_when_the_full_name_takes_it_over()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", ("Mr Blair", "Person"), ("Labour", "Organization")),
            Doc("politics", ("Tony Blair", "Person"), ("Labour", "Organization")),
        };
        Resolve(resolver, docs);

        Assert.Equal(IdOf(docs[0], "Mr Blair"), IdOf(docs[1], "Tony Blair"));
        Assert.Equal("Tony Blair", resolver.Find(IdOf(docs[0], "Mr Blair"))!.Name);
    }

    [Fact]
    public void A_surname_shared_by_two_corpus_people_stays_apart_when_the_document_does_not_tell_them_apart()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", ("Gordon Brown", "Person"), ("Treasury", "Organization")),
            Doc("sport", ("Wes Brown", "Person"), ("Manchester United", "Organization")),
            Doc("business", ("Mr Brown", "Person"), ("Acme", "Organization")),
        };
        Resolve(resolver, docs);

        int gordon = IdOf(docs[0], "Gordon Brown"), wes = IdOf(docs[1], "Wes Brown"), unknown = IdOf(docs[2], "Mr Brown");
        Assert.NotEqual(gordon, wes);
        Assert.NotEqual(gordon, unknown);
        Assert.NotEqual(wes, unknown);
    }

    [Fact]
    public void A_surname_shared_by_two_corpus_people_joins_the_one_whose_neighbours_the_document_names()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", ("Gordon Brown", "Person"), ("Treasury", "Organization"), ("Labour", "Organization")),
            Doc("sport", ("Wes Brown", "Person"), ("Manchester United", "Organization"), ("Old Trafford", "Location")),
            Doc("sport", ("Brown", "Person"), ("Manchester United", "Organization")),
            Doc("politics", ("Mr Brown", "Person"), ("Treasury", "Organization"), ("Labour", "Organization")),
        };
        Resolve(resolver, docs);

        Assert.Equal(IdOf(docs[1], "Wes Brown"), IdOf(docs[2], "Brown"));
        Assert.Equal(IdOf(docs[0], "Gordon Brown"), IdOf(docs[3], "Mr Brown"));
    }

    [Fact]
    public void A_surname_joins_no_one_whose_documents_have_nothing_in_common_with_its_own()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("tech", ("Simon Gardner", "Person"), ("Climax", "Organization")),
            Doc("sport", ("Gardner", "Person"), ("Bolton", "Organization")),
        };
        Resolve(resolver, docs);

        Assert.NotEqual(IdOf(docs[0], "Simon Gardner"), IdOf(docs[1], "Gardner"));
    }

    [Fact]
    public void A_female_title_does_not_join_a_man_known_by_mr()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("politics", E("Tony Blair", "Person", "Mr Blair"), E("Labour", "Organization")),
            Doc("politics", ("Mrs Blair", "Person"), ("Labour", "Organization")),
        };
        Resolve(resolver, docs);

        Assert.NotEqual(IdOf(docs[0], "Tony Blair"), IdOf(docs[1], "Mrs Blair"));
    }

    [Fact]
    public void A_name_the_corpus_also_writes_in_the_plural_is_not_a_person()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("entertainment", ("Oscar", "Person")),
            Doc("entertainment", ("Oscar", "Person")),
            Doc("entertainment", ("Oscars", "Misc")),
        };
        Resolve(resolver, docs);

        int id = IdOf(docs[0], "Oscar");
        Assert.Equal(id, IdOf(docs[2], "Oscars"));
        Assert.Equal(EntityType.Misc, resolver.Find(id)!.Type);
        Assert.Equal("Person", docs[0].EntitySummary![0].Type);
    }

    [Fact]
    public void The_corpus_type_is_the_one_most_documents_give()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("sport", ("Chelsea", "Organization")),
            Doc("sport", ("Chelsea", "Person")),
            Doc("sport", ("Chelsea", "Organization")),
        };
        Resolve(resolver, docs);

        var entity = resolver.Find(IdOf(docs[1], "Chelsea"))!;
        Assert.Equal(EntityType.Organization, entity.Type);
        Assert.Equal(3, entity.Documents);
    }

    [Theory]
    [InlineData("European Union", "EU")]
    [InlineData("EU", "European Union")]
    [InlineData("Microsoft Corp", "Microsoft")]
    [InlineData("Microsoft", "Microsoft Corporation")]
    public void An_acronym_or_a_short_form_joins_the_one_organization_it_stands_for(string first, string second)
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[] { Doc("business", (first, "Organization")), Doc("business", (second, "Organization")) };
        Resolve(resolver, docs);

        Assert.Equal(IdOf(docs[0], first), IdOf(docs[1], second));
    }

    [Fact]
    public void An_acronym_of_two_organizations_joins_neither()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("business", ("British Airways", "Organization")),
            Doc("business", ("British Aerospace", "Organization")),
            Doc("business", ("BA", "Organization")),
        };
        Resolve(resolver, docs);

        Assert.NotEqual(IdOf(docs[0], "British Airways"), IdOf(docs[2], "BA"));
        Assert.NotEqual(IdOf(docs[1], "British Aerospace"), IdOf(docs[2], "BA"));
    }

    [Fact]
    public void A_longer_alias_a_document_linked_by_a_first_word_does_not_join_the_country_to_the_firm()
    {
        var resolver = new CorpusEntityResolver();
        var docs = new[]
        {
            Doc("business", ("France", "Location")),
            Doc("business", E("France Telecom", "Organization", "France")),
        };
        Resolve(resolver, docs);

        Assert.NotEqual(IdOf(docs[0], "France"), IdOf(docs[1], "France Telecom"));
    }

    [Fact]
    public void The_grouping_of_unambiguous_names_does_not_depend_on_the_order_of_the_documents()
    {
        Func<AnalysisRecord>[] make =
        [
            () => Doc("politics", ("Tony Blair", "Person"), ("Labour", "Organization"), ("European Union", "Organization")),
            () => Doc("politics", ("Mr Blair", "Person"), ("Labour", "Organization"), ("EU", "Organization")),
            () => Doc("politics", E("Blair", "Person"), E("Labour Party", "Organization", "Labour")),
            () => Doc("politics", ("Michael Howard", "Person"), ("Conservatives", "Organization")),
            () => Doc("politics", ("Mr Howard", "Person"), ("Conservatives", "Organization"), ("Labour", "Organization")),
            () => Doc("business", ("Microsoft Corp", "Organization"), ("US", "Location")),
            () => Doc("tech", E("Microsoft", "Organization"), E("United States", "Location", "US")),
        ];
        string? expected = null;
        foreach (var order in Permutations(Enumerable.Range(0, make.Length).ToArray()).Where((_, i) => i % 97 == 0))
        {
            var docs = new AnalysisRecord[make.Length];
            var resolver = new CorpusEntityResolver();
            foreach (int i in order)
            {
                docs[i] = make[i]();
                resolver.Resolve(docs[i]);
            }

            string grouping = Grouping(docs);
            expected ??= grouping;
            Assert.Equal(expected, grouping);
        }

        Assert.Equal("EU: 0,1 | Labour: 0,1,2,4 | Blair: 0,1,2 | Conservatives: 3,4 | Howard: 3,4 | Microsoft: 5,6 | US: 5,6", Readable(expected!));
    }

    [Fact]
    public void The_same_documents_in_the_same_order_get_the_same_ids()
    {
        var first = Many();
        var second = Many();
        Resolve(new CorpusEntityResolver(), first);
        Resolve(new CorpusEntityResolver(), second);
        Assert.Equal(first.Select(AnalysisJson.Serialize), second.Select(AnalysisJson.Serialize));
    }

    [Fact]
    public void A_resolver_continued_from_the_entities_of_another_gives_the_same_ids_to_the_same_names()
    {
        var before = new CorpusEntityResolver();
        var old = new[] { Doc("politics", ("Tony Blair", "Person"), ("Labour", "Organization")), Doc("business", ("European Union", "Organization")) };
        Resolve(before, old);

        var after = new CorpusEntityResolver(before.GetEntities());
        var docs = new[] { Doc("politics", ("Mr Blair", "Person"), ("Labour", "Organization")), Doc("business", ("EU", "Organization")), Doc("sport", ("Arsenal", "Organization")) };
        Resolve(after, docs);

        Assert.Equal(IdOf(old[0], "Tony Blair"), IdOf(docs[0], "Mr Blair"));
        Assert.Equal(IdOf(old[1], "European Union"), IdOf(docs[1], "EU"));
        Assert.Equal(before.Count + 1, IdOf(docs[2], "Arsenal"));
    }

    [Fact]
    public void An_error_record_counts_as_a_document_and_changes_nothing()
    {
        var resolver = new CorpusEntityResolver();
        resolver.Resolve(new AnalysisRecord { Source = "bad.txt", Error = new ErrorRecord { Code = "empty_document", Message = "bad.txt: empty" } });
        Assert.Equal(1, resolver.DocumentCount);
        Assert.Equal(0, resolver.Count);
    }

    [Fact]
    public void Entities_of_one_analysis_get_ids_in_the_order_of_its_summary()
    {
        var analyzer = TextAnalyzer.CreateDefault();
        var resolver = new CorpusEntityResolver();
        var first = analyzer.Analyze("Blair visits Paris\n\nPrime Minister Tony Blair met officials in Paris on Monday. Mr Blair said the talks went well.\n");
        var second = analyzer.Analyze("Talks end\n\nMr Blair left Paris on Tuesday after the talks.\n"); // linked as Blair
        var ids1 = resolver.Resolve(first);
        var ids2 = resolver.Resolve(second);

        Assert.Equal(first.EntitySummary.Count, ids1.Count);
        int blair = ids1[IndexOf(first, "Tony Blair")];
        int paris = ids1[IndexOf(first, "Paris")];
        Assert.Equal(blair, ids2[IndexOf(second, "Blair")]);
        Assert.Equal(paris, ids2[IndexOf(second, "Paris")]);
    }

    private static int IndexOf(ArticleAnalysis analysis, string name)
    {
        for (int i = 0; i < analysis.EntitySummary.Count; i++)
        {
            if (analysis.EntitySummary[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"{name} is not among {string.Join(", ", analysis.EntitySummary.Select(e => e.Name))}.");
    }

    private static AnalysisRecord[] Many() =>
    [
        Doc("politics", ("Gordon Brown", "Person"), ("Treasury", "Organization")),
        Doc("sport", ("Wes Brown", "Person"), ("Manchester United", "Organization")),
        Doc("politics", ("Mr Brown", "Person"), ("Treasury", "Organization")),
        Doc("sport", ("Brown", "Person")),
        Doc("entertainment", ("Oscar", "Person")),
        Doc("entertainment", ("Oscars", "Misc")),
    ];

    private static (string Name, string Type, string[] Aliases) E(string name, string type, params string[] aliases) => (name, type, aliases);

    private static void Resolve(CorpusEntityResolver resolver, IEnumerable<AnalysisRecord> docs)
    {
        foreach (var d in docs)
        {
            resolver.Resolve(d);
        }
    }

    private static int IdOf(AnalysisRecord record, string name) =>
        record.EntitySummary!.Single(e => e.Name == name).CorpusId ?? throw new InvalidOperationException(name + " has no corpus id.");

    /// <summary>The partition of (document, entity) pairs by corpus id, as sorted groups of "document:name".</summary>
    private static string Grouping(AnalysisRecord[] docs) => string.Join(
        " | ",
        docs.SelectMany((d, i) => d.EntitySummary!.Select(e => (Id: e.CorpusId!.Value, Key: $"{i}:{e.Name}")))
            .GroupBy(x => x.Id)
            .Select(g => string.Join(",", g.Select(x => x.Key).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));

    /// <summary>The grouping as "surname or name: documents", in the order of the first document of each group.</summary>
    private static string Readable(string grouping) => string.Join(
        " | ",
        grouping.Split(" | ").Select(g => g.Split(','))
            .OrderBy(g => g.Min(x => int.Parse(x.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture)))
            .ThenBy(g => g[0], StringComparer.Ordinal)
            .Select(g => $"{Short(g[0].Split(':', 2)[1])}: {string.Join(",", g.Select(x => x.Split(':')[0]).Order(StringComparer.Ordinal))}"));

    private static string Short(string name) => name switch
    {
        "Tony Blair" or "Mr Blair" or "Blair" => "Blair",
        "Michael Howard" or "Mr Howard" => "Howard",
        "European Union" => "EU",
        "Labour Party" => "Labour",
        "Microsoft Corp" => "Microsoft",
        "United States" => "US",
        _ => name,
    };

    private static IEnumerable<int[]> Permutations(int[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }

        for (int i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var p in Permutations(rest))
            {
                yield return [items[i], .. p];
            }
        }
    }
}
