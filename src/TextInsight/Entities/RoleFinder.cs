using TextInsight.Internals;
using TextInsight.Text;

namespace TextInsight.Entities;

/// <summary>
/// Finds roles stated next to a person: "Ruth Suehle, President of the ASF", "Jane Doe, chief executive of Acme",
/// "Chief Executive Jane Doe", "Acme chief executive Jane Doe", "Jane Doe, Acme's chief executive".
/// </summary>
internal static class RoleFinder
{
    /// <summary>Nouns a role ends with.</summary>
    private static readonly HashSet<string> Heads = WordLists.Load("role-heads", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that may come before the head of a role.</summary>
    private static readonly HashSet<string> Modifiers = WordLists.Load("role-modifiers", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Articles = WordLists.Load("role-articles", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Links = WordLists.Load("role-links", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a role is stated right before this position ("a senior executive at", "chief economist of the"): what
    /// follows is then the organization the role is in, not a person.
    /// </summary>
    public static bool FollowsRoleAndLink(string text, int position, int segmentStart, ArticleDocument? document = null)
    {
        int start = Math.Max(segmentStart, position - 60);
        if (start >= position)
        {
            return false;
        }

        var tokens = Tokens(text, start, position, document);
        int i = tokens.Count - 1;
        if (i >= 0 && Is(text, tokens[i], Articles))
        {
            i--;
        }

        return i >= 1 && Is(text, tokens[i], Links) && Is(text, tokens[i - 1], Heads);
    }

    /// <summary>A role found next to a person; <see cref="OrgStart"/> is where the organization's mention starts, or -1.</summary>
    public readonly record struct Found(string Title, int OrgStart);

    public static IEnumerable<Found> Find(string text, TextSpan person, TextSpan segment, Func<int, bool> isOrganizationAt, ArticleDocument? document = null)
    {
        if (TryAfter(text, person, segment, isOrganizationAt, document, out var after))
        {
            yield return after;
        }

        if (TryBefore(text, person, segment, isOrganizationAt, document, out var before))
        {
            yield return before;
        }
    }

    [ThreadStatic]
    private static List<Token>? t_tokens;

    /// <summary>
    /// The tokens of <c>[start, end)</c>: from the document's tokens when it holds them, else tokenized here. The list is
    /// the thread's, valid until the next call (each caller reads one window at a time).
    /// </summary>
    private static List<Token> Tokens(string text, int start, int end, ArticleDocument? document)
    {
        var list = t_tokens ??= [];
        list.Clear();
        if (document is { HasTokens: true })
        {
            document.TokensIn(start, end, list);
            return list;
        }

        foreach (var t in Tokenizer.Tokenize(text.AsSpan(start, end - start)))
        {
            list.Add(new Token(start + t.Start, t.Length, t.Kind));
        }

        return list;
    }

    private static bool Is(string text, Token t, HashSet<string> set)
        => t.Kind == TokenKind.Word && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(t.Start, t.Length));

    private static bool IsPossessive(string text, Token t)
        => text.AsSpan(t.Start, t.Length) is "’s" or "'s" or "’" or "'";

    private static bool TryAfter(string text, TextSpan person, TextSpan segment, Func<int, bool> isOrganizationAt, ArticleDocument? document, out Found found)
    {
        found = default;
        int end = Math.Min(segment.End, person.End + 160);
        if (end <= person.End)
        {
            return false;
        }

        var tokens = Tokens(text, person.End, end, document);
        int k = 0;
        if (k >= tokens.Count || text[tokens[k].Start] != ',')
        {
            return false;
        }

        k++;
        int orgStart = -1;
        if (k < tokens.Count && isOrganizationAt(tokens[k].Start))
        {
            // "Jane Doe, Acme's chief executive": the organization comes first.
            orgStart = tokens[k].Start;
            while (k < tokens.Count && !IsPossessive(text, tokens[k]) && !Is(text, tokens[k], Modifiers) && !Is(text, tokens[k], Heads) && tokens[k].Kind == TokenKind.Word)
            {
                k++;
            }

            if (k < tokens.Count && IsPossessive(text, tokens[k]))
            {
                k++;
            }
        }
        else if (k < tokens.Count && Is(text, tokens[k], Articles))
        {
            k++;
        }

        if (!TryRolePhrase(text, tokens, k, out int roleStart, out int roleEnd, out int next))
        {
            return false;
        }

        if (orgStart < 0 && next < tokens.Count && Is(text, tokens[next], Links))
        {
            int o = next + 1;
            if (o < tokens.Count && Is(text, tokens[o], Articles))
            {
                o++;
            }

            if (o < tokens.Count && isOrganizationAt(tokens[o].Start))
            {
                orgStart = tokens[o].Start;
            }
        }

        found = new Found(text[roleStart..roleEnd], orgStart);
        return true;
    }

    /// <summary>The longest run of role words from <paramref name="k"/> that ends with a head noun.</summary>
    private static bool TryRolePhrase(string text, List<Token> tokens, int k, out int start, out int end, out int next)
    {
        start = end = next = 0;
        int lastHead = -1;
        int i = k;
        while (i < tokens.Count && (Is(text, tokens[i], Modifiers) || Is(text, tokens[i], Heads)))
        {
            if (Is(text, tokens[i], Heads))
            {
                lastHead = i;
            }

            i++;
        }

        if (lastHead < 0)
        {
            return false;
        }

        start = tokens[k].Start;
        end = tokens[lastHead].End;
        next = lastHead + 1;
        return true;
    }

    private static bool TryBefore(string text, TextSpan person, TextSpan segment, Func<int, bool> isOrganizationAt, ArticleDocument? document, out Found found)
    {
        found = default;
        int start = Math.Max(segment.Start, person.Start - 160);
        if (start >= person.Start)
        {
            return false;
        }

        var tokens = Tokens(text, start, person.Start, document);
        int i = tokens.Count - 1;
        if (i < 0 || !Is(text, tokens[i], Heads))
        {
            return false;
        }

        int roleEnd = tokens[i].End;
        while (i - 1 >= 0 && (Is(text, tokens[i - 1], Modifiers) || Is(text, tokens[i - 1], Heads)))
        {
            i--;
        }

        int roleStart = tokens[i].Start;
        int orgStart = -1;
        int o = i - 1;
        if (o >= 0 && IsPossessive(text, tokens[o]))
        {
            o--;
        }

        // Walk back over the organization's words to where its mention starts.
        while (o >= 0 && tokens[o].Kind == TokenKind.Word && char.IsUpper(text[tokens[o].Start]))
        {
            if (isOrganizationAt(tokens[o].Start))
            {
                orgStart = tokens[o].Start;
                break;
            }

            o--;
        }

        found = new Found(text[roleStart..roleEnd], orgStart);
        return true;
    }
}
