using TextInsight.Entities.Corpus;

namespace TextInsight.Cli.Output;

/// <summary>An output that stores the corpus entities of a run (the <c>corpus_entities</c> table of DuckDB and Parquet).</summary>
internal interface ICorpusEntitySink
{
    /// <summary>The corpus entities already in the output, which the run's resolution continues (none for a new output).</summary>
    /// <exception cref="OutputException">The output cannot be read.</exception>
    IReadOnlyList<CorpusEntity> ReadCorpusEntities();

    /// <summary>Stores the corpus entities as the run leaves them; called once, before <see cref="IRecordSink.Complete"/>.</summary>
    /// <exception cref="OutputException">The output cannot be written.</exception>
    void WriteCorpusEntities(IReadOnlyList<CorpusEntity> entities);
}
