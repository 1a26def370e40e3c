using System.Globalization;
using TextInsight.Serialization;

namespace TextInsight.Cli.Evaluation;

/// <summary>
/// A hand-checked sample for corpus entity resolution: pairs of mentions in two documents, labelled the same entity or
/// not. One pair per tab-separated line: half (1 or 2), source A, mention A, source B, mention B, <c>same</c> or
/// <c>different</c>, a note; lines starting with <c>#</c> are comments.
/// </summary>
internal sealed record LinkingPair(int Half, string SourceA, string MentionA, string SourceB, string MentionB, bool Same, string Note)
{
    public static List<LinkingPair> Read(string path)
    {
        var pairs = new List<LinkingPair>();
        int number = 0;
        foreach (string line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 6 || !int.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out int half) || f[5] is not ("same" or "different"))
            {
                throw new FormatException($"{path}:{number}: expected half, source A, mention A, source B, mention B, same|different[, note] separated by tabs.");
            }

            pairs.Add(new LinkingPair(half, f[1], f[2], f[3], f[4], f[5] == "same", f.Length > 6 ? f[6] : string.Empty));
        }

        return pairs;
    }
}

/// <summary>Merge precision and recall of corpus ids on a <see cref="LinkingPair"/> sample.</summary>
internal sealed class LinkingScore
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int TrueNegatives { get; private set; }

    public int Unfound { get; private set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>The corpus id of the entity of <paramref name="record"/> named or aliased <paramref name="mention"/>, or null.</summary>
    public static int? CorpusIdOf(AnalysisRecord? record, string mention)
    {
        foreach (var e in record?.EntitySummary ?? [])
        {
            if (e.Name == mention || e.Aliases.Contains(mention))
            {
                return e.CorpusId;
            }
        }

        // A courtesy title and a name (Mrs Howard): the person of that name written with that title, which the name
        // leaves out (an article may name Mr and Mrs Howard).
        int space = mention.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0)
        {
            string title = mention[..space], name = mention[(space + 1)..];
            foreach (var e in record?.EntitySummary ?? [])
            {
                if (e.Title == title && (e.Name == name || e.Aliases.Contains(name)))
                {
                    return e.CorpusId;
                }
            }
        }

        return null;
    }

    /// <summary>Counts one pair; a mention not found among its document's entities counts as not merged.</summary>
    public bool Add(LinkingPair pair, int? a, int? b)
    {
        if (a is null || b is null)
        {
            Unfound++;
        }

        bool merged = a is not null && a == b;
        if (merged && pair.Same)
        {
            TruePositives++;
        }
        else if (merged)
        {
            FalsePositives++;
        }
        else if (pair.Same)
        {
            FalseNegatives++;
        }
        else
        {
            TrueNegatives++;
        }

        return merged == pair.Same;
    }

    public string Line(string name) => string.Create(
        CultureInfo.InvariantCulture,
        $"{name}: pairs {TruePositives + FalsePositives + FalseNegatives + TrueNegatives} (same {TruePositives + FalseNegatives}, different {FalsePositives + TrueNegatives}); merge precision {Precision:F3} ({TruePositives}/{TruePositives + FalsePositives}), recall {Recall:F3} ({TruePositives}/{TruePositives + FalseNegatives}); mentions not found {Unfound}");
}
