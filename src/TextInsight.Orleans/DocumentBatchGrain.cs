using Orleans.Concurrency;

namespace TextInsight.Orleans;

/// <summary>
/// The worker behind <see cref="IDocumentBatchGrain"/>: stateless, activated on the silo that receives the call
/// (up to one activation per core there), sharing that silo's <see cref="SiloAnalyzer"/>.
/// </summary>
[StatelessWorker]
internal sealed class DocumentBatchGrain(SiloAnalyzer analyzer, ILocalSiloDetails silo) : Grain, IDocumentBatchGrain
{
    public Task<AnalyzedBatch> AnalyzeAsync(DocumentBatch batch) =>
        analyzer.AnalyzeAsync(batch, silo.SiloAddress.ToString(), CancellationToken.None);
}
