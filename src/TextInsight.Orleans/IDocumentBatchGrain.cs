namespace TextInsight.Orleans;

/// <summary>
/// Analyzes a batch of documents on a silo. Implemented by a stateless worker, so the silo whose gateway receives a
/// call analyzes it locally. A client sends all calls to one grain id through one gateway, so callers spread batches
/// over several keys (<see cref="ClusterBatchCoordinator"/> uses 64), which the client assigns to gateways in turn.
/// Analysis is pure: calling twice with the same batch gives the same records, which is what makes retries safe.
/// </summary>
[Alias("TextInsight.IDocumentBatchGrain")]
public interface IDocumentBatchGrain : IGrainWithIntegerKey
{
    /// <summary>Analyzes every document of <paramref name="batch"/> and returns their records in its order.</summary>
    [Alias("Analyze")]
    Task<AnalyzedBatch> AnalyzeAsync(DocumentBatch batch);
}
