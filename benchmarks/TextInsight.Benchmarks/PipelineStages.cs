using System.Diagnostics;
using System.Globalization;
using TextInsight.Entities;
using TextInsight.Serialization;
using TextInsight.Structure;
using TextInsight.Summaries;
using TextInsight.Text;
using TextInsight.Topics;

namespace TextInsight.Benchmarks;

/// <summary>
/// <c>--stages N</c>: the pipeline stages over <see cref="PipelineSample"/>, N passes each, timed by wall clock and by
/// this process's CPU time (the machine is shared: CPU time is the steadier figure), with bytes allocated per article.
/// </summary>
internal static class PipelineStages
{
    public static void Run(int passes)
    {
        var b = new PipelineBenchmarks();
        b.Setup();
        int articles = PipelineSample.Texts.Length;
        double mb = PipelineSample.MeanUtf8Bytes * articles / 1e6;
        Console.WriteLine($"{articles} articles ({mb:0.00} MB) from {PipelineSample.Source}, {passes} passes per stage");
        long textChars = PipelineSample.Texts.Sum(t => (long)t.Length);
        Console.WriteLine("stage                 articles/s (CPU)  articles/s (wall)  MB/s (CPU)  KB allocated/article  tokenized/text");
        var stages = new (string Name, Func<int> Run)[]
        {
            ("structure", b.Structure), ("tokens+sentences", b.TokensAndSentences), ("entities", b.Entities),
            ("topics", b.Topics), ("summary+keyphrases", b.SummaryAndKeyphrases), ("serialization", b.Serialization), ("full", b.Full),
        };
        foreach (var (name, run) in stages)
        {
            run();
            GC.Collect();
            long allocated = GC.GetAllocatedBytesForCurrentThread();
            long tokenized = Tokenizer.TokenizedCharacters;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long t0 = Stopwatch.GetTimestamp();
            for (int p = 0; p < passes; p++)
            {
                run();
            }

            double wall = Stopwatch.GetElapsedTime(t0).TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            double perArticleKb = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / passes / articles;

            // Characters handed to the tokenizer per character of text: the sentences component tokenizes each paragraph
            // to split it and each segment once for the document; every later stage should read those tokens (0.00).
            double tokenizedShare = (Tokenizer.TokenizedCharacters - tokenized) / (double)passes / textChars;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-20}  {articles * passes / cpuSeconds,16:0}  {articles * passes / wall,17:0}  {mb * passes / cpuSeconds,10:0.00}  {perArticleKb,20:0.0}  {tokenizedShare,14:0.00}"));
        }

        // Two threads against one, by wall clock, in turns so that both see the same machine; models loaded and code
        // compiled already, so this is the steady state a long batch reaches.
        b.FullParallel(2);
        double one = 0, two = 0;
        for (int p = 0; p < passes; p++)
        {
            long t0 = Stopwatch.GetTimestamp();
            b.Full();
            one += Stopwatch.GetElapsedTime(t0).TotalSeconds;
            t0 = Stopwatch.GetTimestamp();
            b.FullParallel(2);
            two += Stopwatch.GetElapsedTime(t0).TotalSeconds;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"full, 1 thread then 2 threads in turns (wall): {articles * passes / one:0} and {articles * passes / two:0} articles/s: {one / two:0.00}x on {Environment.ProcessorCount} processors"));
    }
}
