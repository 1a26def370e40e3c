using System.Reflection;

namespace TextInsight.Internals;

/// <summary>
/// The English word lists the rules use, kept as data apart from the algorithms (as spaCy keeps <c>lang/en</c>): one
/// file per list in <c>Language/en/</c>, embedded in the assembly, words separated by white space, <c>#</c> to the end
/// of a line a comment. Each list is read once, by the static field that holds it.
/// </summary>
internal static class WordLists
{
    /// <summary>Reads the list <paramref name="name"/> into a set compared by <paramref name="comparer"/>.</summary>
    /// <exception cref="InvalidOperationException">The list is not in the assembly (a build error, not an input error).</exception>
    public static HashSet<string> Load(string name, StringComparer comparer)
    {
        string resource = $"TextInsight.Language.en.{name}.txt";
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(comparer);
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var content = hash >= 0 ? line.AsSpan(0, hash) : line.AsSpan();
            foreach (var range in content.SplitAny(" \t"))
            {
                var word = content[range];
                if (!word.IsEmpty)
                {
                    words.Add(word.ToString());
                }
            }
        }

        return words;
    }

    /// <summary>Reads the list <paramref name="name"/> a line at a time: the words of each line that has any.</summary>
    /// <exception cref="InvalidOperationException">The list is not in the assembly (a build error, not an input error).</exception>
    public static List<string[]> LoadLines(string name)
    {
        string resource = $"TextInsight.Language.en.{name}.txt";
        using var stream = typeof(WordLists).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The word list {resource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var lines = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            var words = (hash >= 0 ? line[..hash] : line).Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length > 0)
            {
                lines.Add(words);
            }
        }

        return lines;
    }

    /// <summary>The names of the lists in the assembly (for the tests that check every list is read and well formed).</summary>
    public static IEnumerable<string> Names()
    {
        const string prefix = "TextInsight.Language.en.";
        foreach (string resource in Assembly.GetExecutingAssembly().GetManifestResourceNames())
        {
            if (resource.StartsWith(prefix, StringComparison.Ordinal) && resource.EndsWith(".txt", StringComparison.Ordinal))
            {
                yield return resource[prefix.Length..^4];
            }
        }
    }
}
