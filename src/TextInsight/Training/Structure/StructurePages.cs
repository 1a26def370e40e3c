using TextInsight.Internals;
using TextInsight.Structure.Html;

namespace TextInsight.Structure.Training;

/// <summary>Which pages of a data set a command uses.</summary>
internal enum PagePart
{
    /// <summary>Every page.</summary>
    All,

    /// <summary>Three pages in five: what the choosing model is trained on.</summary>
    Train,

    /// <summary>One page in five: what choices (features, settings) are made on.</summary>
    Dev,

    /// <summary>Train and dev: what the shipped model is trained on.</summary>
    TrainDev,

    /// <summary>One page in five, never used to train or to choose: what figures are reported on.</summary>
    Test,
}

/// <summary>
/// Reads pages with their true main text from data-set folders (<c>html/&lt;id&gt;.html[.gz]</c> beside
/// <c>ground-truth.json</c>) and splits them by page: a stable hash of the page id puts it in train, dev or test.
/// </summary>
internal static class StructurePages
{
    /// <summary>The data-set folders under <paramref name="path"/>: itself when it holds a ground truth, else its subfolders that do.</summary>
    public static List<string> FindDataSets(string path)
    {
        if (File.Exists(Path.Combine(path, "ground-truth.json")))
        {
            return [path];
        }

        var found = new List<string>();
        if (Directory.Exists(path))
        {
            foreach (var dir in Directory.GetDirectories(path).Order(StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(dir, "ground-truth.json")))
                {
                    found.Add(dir);
                }
            }
        }

        return found;
    }

    /// <summary>The pages of one data-set folder that fall in <paramref name="part"/>, in the truth's order, read lazily.</summary>
    public static IEnumerable<(string Id, string Html, string Truth)> Read(string dataSet, PagePart part)
    {
        string truthFile = Path.Combine(dataSet, "ground-truth.json");
        string html = Path.Combine(dataSet, "html");
        return Read(Directory.Exists(html) ? html : dataSet, truthFile, part);
    }

    /// <summary>The pages of <paramref name="htmlFolder"/> named in <paramref name="truthFile"/> that fall in <paramref name="part"/>.</summary>
    public static IEnumerable<(string Id, string Html, string Truth)> Read(string htmlFolder, string truthFile, PagePart part)
    {
        using var stream = File.OpenRead(truthFile);
        using var json = System.Text.Json.JsonDocument.Parse(stream);
        var entries = new List<(string Id, string Truth)>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            if (!InPart(entry.Name, part))
            {
                continue;
            }

            string truth = entry.Value.TryGetProperty("articleBody", out var body) && body.ValueKind == System.Text.Json.JsonValueKind.String
                ? body.GetString() ?? string.Empty
                : string.Empty;
            entries.Add((entry.Name, truth));
        }

        foreach (var (id, truth) in entries)
        {
            yield return (id, ExtractionBenchmark.ReadPage(htmlFolder, id), truth);
        }
    }

    public static bool InPart(string id, PagePart part)
    {
        int bucket = (int)(Hash(id) % 5);
        return part switch
        {
            PagePart.All => true,
            PagePart.Train => bucket >= 2,
            PagePart.Dev => bucket == 1,
            PagePart.TrainDev => bucket >= 1,
            PagePart.Test => bucket == 0,
            _ => false,
        };
    }

    /// <summary>FNV-1a of the id: stable across processes and platforms.</summary>
    public static uint Hash(string id) => Fnv1a.Hash(id);
}
