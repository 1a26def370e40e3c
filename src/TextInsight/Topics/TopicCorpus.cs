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

    /// <summary>Decodes a text file: UTF-8 without its byte order mark, or Windows-1252 when the bytes are not valid UTF-8.</summary>
    /// <param name="bytes">The file's bytes.</param>
    public static string Decode(ReadOnlySpan<byte> bytes) => TextDecoding.Decode(bytes, out _);
}
