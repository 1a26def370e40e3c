using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace TextInsight.Orleans;

/// <summary>
/// Runs one small batch through a started silo's own batch path before the silo says it is ready, so that the first
/// batch of a client does not pay for compiling that path: the batch grain's activation and call, the batch analysis
/// (<see cref="TextAnalyzer.AnalyzeManyAsync(IAsyncEnumerable{DocumentInput}, BatchOptions?, CancellationToken)"/>) of a plain-text and an HTML document, their
/// records' JSON, and the Orleans codecs of the batch and of its answer (a call inside the silo is not serialized, so
/// both are serialized and read back here). A silo is long-lived: this is paid once, at its start.
/// </summary>
internal static class SiloWarmUp
{
    /// <summary>The grain key of the warm-up call; its worker activation is the one the first client batches on that key find.</summary>
    private const long Key = 0;

    private const string Title = "Harbour Council Approves New Ferry Service";

    private static readonly string[] Paragraphs =
    [
        "The harbour council of Portmere voted on Tuesday to start a ferry service to the island of Caldey next spring, after a year of talks with local operators.",
        "Council leader Maria Jensen said the service would carry about 120,000 passengers a year and cost £4.5 million to set up. \"It links two communities that have waited too long,\" she said.",
        "Critics, including the Portmere Business Association, warned that fares of £12 a crossing were too high for residents. A final budget will be published in March.",
    ];

    /// <summary>The warm-up batch: the same article as plain text and as an HTML page.</summary>
    internal static DocumentBatch Batch { get; } = new()
    {
        FirstIndex = -1,
        Documents =
        [
            new BatchDocument { Source = "textinsight:silo-warm-up.txt", Content = Title + "\n\n" + string.Join("\n\n", Paragraphs) },
            new BatchDocument
            {
                Source = "textinsight:silo-warm-up.html",
                IsHtml = true,
                Content = "<!DOCTYPE html><html><head><title>" + Title + "</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>"
                    + Title + "</h1><p>" + string.Join("</p><p>", Paragraphs) + "</p></article><footer>© Portmere News</footer></body></html>",
            },
        ],
    };

    /// <summary>Calls the batch grain with <see cref="Batch"/> through the silo's grain factory and round-trips the batch and its answer through the silo's serializer.</summary>
    /// <param name="services">The started silo's services.</param>
    /// <param name="cancellationToken">Stops waiting for the call.</param>
    /// <returns>The answer (for tests).</returns>
    internal static async Task<AnalyzedBatch> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var serializer = services.GetRequiredService<Serializer>();
        var batch = serializer.Deserialize<DocumentBatch>(serializer.SerializeToArray(Batch)) ?? throw new InvalidOperationException("The warm-up batch did not read back.");
        var answer = await services.GetRequiredService<IGrainFactory>().GetGrain<IDocumentBatchGrain>(Key)
            .AnalyzeAsync(batch).WaitAsync(cancellationToken).ConfigureAwait(false);
        return serializer.Deserialize<AnalyzedBatch>(serializer.SerializeToArray(answer)) ?? throw new InvalidOperationException("The warm-up answer did not read back.");
    }
}
