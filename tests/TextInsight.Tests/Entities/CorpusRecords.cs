using TextInsight.Entities.Corpus;
using TextInsight.Serialization;

namespace TextInsight.Tests.Entities;

/// <summary>Team-written records for the corpus resolver's tests: a document is its topic and its entity summary.</summary>
internal static class CorpusRecords
{
    /// <summary>A record of one topic whose entities are listed most mentioned first.</summary>
    public static AnalysisRecord Doc(string topic, params (string Name, string Type)[] entities) =>
        Doc(topic, [.. entities.Select(e => (e.Name, e.Type, Array.Empty<string>()))]);

    /// <summary>A record of one topic whose entities, with their aliases, are listed most mentioned first.</summary>
    public static AnalysisRecord Doc(string topic, params (string Name, string Type, string[] Aliases)[] entities) => new()
    {
        Source = topic,
        Topics = [new TopicRecord { Label = topic, Score = 1 }],
        EntitySummary = [.. entities.Select((e, i) => new EntitySummaryRecord { Id = i + 1, Name = e.Name, Type = e.Type, Aliases = [.. e.Aliases], Mentions = entities.Length - i })],
    };

    /// <summary>The record with a courtesy title written before its entity named <paramref name="name"/> (<c>Mr</c>).</summary>
    public static AnalysisRecord Titled(AnalysisRecord record, string name, string title)
    {
        record.EntitySummary!.Single(e => e.Name == name).Title = title;
        return record;
    }

    /// <summary>The record with a role stated for its entity named <paramref name="name"/> (<c>son</c>, <c>King</c>).</summary>
    public static AnalysisRecord WithRole(AnalysisRecord record, string name, string role)
    {
        var entity = record.EntitySummary!.Single(e => e.Name == name);
        (entity.Roles ??= []).Add(new RoleRecord { Title = role });
        return record;
    }

    /// <summary>Resolves the records in order with one new resolver, which writes their corpus ids.</summary>
    public static AnalysisRecord[] Resolve(params AnalysisRecord[] docs)
    {
        var resolver = new CorpusEntityResolver();
        foreach (var d in docs)
        {
            resolver.Resolve(d);
        }

        return docs;
    }

    /// <summary>The corpus id of the record's entity named <paramref name="name"/>.</summary>
    public static int Id(AnalysisRecord record, string name) =>
        record.EntitySummary!.Single(e => e.Name == name).CorpusId ?? throw new InvalidOperationException(name + " has no corpus id.");
}
