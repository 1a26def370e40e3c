namespace TextInsight.Topics;

/// <summary>Reads labeled texts for training and evaluating topic models.</summary>
public static class TopicCorpus
{
    /// <summary>Reads every <c>.txt</c> file under each sub-folder of <paramref name="folder"/>, labeled with the sub-folder's name.</summary>
    /// <param name="folder">A folder with one sub-folder per label (for example <c>business/001.txt</c>).</param>
    /// <returns>The texts in ordinal order of label, then path; each source is the path relative to <paramref name="folder"/>.</returns>
    /// <remarks>Files are decoded as UTF-8 (a byte order mark is dropped); a file that is not valid UTF-8 is read as Windows-1252.</remarks>
    public static IReadOnlyList<LabeledText> ReadFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"The folder {folder} does not exist.");
        }

        var labelFolders = Directory.GetDirectories(folder);
        Array.Sort(labelFolders, StringComparer.Ordinal);
        var texts = new List<LabeledText>();
        foreach (var labelFolder in labelFolders)
        {
            var label = Path.GetFileName(labelFolder);
            var files = Directory.GetFiles(labelFolder, "*.txt", SearchOption.AllDirectories);
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var source = Path.GetRelativePath(folder, file).Replace('\\', '/');
                texts.Add(new LabeledText(Decode(File.ReadAllBytes(file)), label, source));
            }
        }

        return texts;
    }

    /// <summary>Keeps part <paramref name="part"/> of <paramref name="parts"/> of the texts: within each label, the texts in
    /// ordinal order of source are shuffled with a fixed seed and dealt out in turn, so every part holds about the same
    /// share of every label, and the same texts whatever else is read with them.</summary>
    /// <param name="texts">Labeled texts with sources (the order they come in does not matter).</param>
    /// <param name="part">Which part, from 0 to <paramref name="parts"/> − 1.</param>
    /// <param name="parts">Into how many parts, 2 or more.</param>
    internal static List<LabeledText> SelectPart(IReadOnlyList<LabeledText> texts, int part, int parts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parts, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(part);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(part, parts);
        var kept = new List<LabeledText>();
        foreach (var group in texts.GroupBy(t => t.Label, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(t => t.Source, StringComparer.Ordinal).ThenBy(t => t.Text, StringComparer.Ordinal).ToArray();
            new Random(1).Shuffle(ordered);
            for (var i = part; i < ordered.Length; i += parts)
            {
                kept.Add(ordered[i]);
            }
        }

        return kept;
    }

    /// <summary>Decodes a text file: UTF-8 without its byte order mark, or Windows-1252 when the bytes are not valid UTF-8.</summary>
    /// <param name="bytes">The file's bytes.</param>
    public static string Decode(ReadOnlySpan<byte> bytes) => TextDecoding.Decode(bytes, out _);
}
