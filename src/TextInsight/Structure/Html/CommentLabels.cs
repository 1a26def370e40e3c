namespace TextInsight.Structure.Html;

/// <summary>
/// The short lines that open a comment section ("Comments", "12 Comments:", "Have your say", "Leave a reply"): what
/// follows one of them after an article is its thread or the form to join it, whatever class names the page uses.
/// </summary>
internal static class CommentLabels
{
    /// <summary>The longest line read as a label.</summary>
    public const int MaxLength = 40;

    private static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "comments", "comment", "have your say", "post a comment", "leave a comment", "leave a reply", "reader comments",
        "user comments", "readers' comments", "readers comments", "reader feedback", "responses", "trackbacks",
        "add your comment", "add a comment", "add comment", "join the discussion", "join the conversation",
        "write a comment", "your comments", "comments are closed", "post your comment", "comment on this story",
        "comment on this article", "discuss this article", "comments and trackbacks", "responses to this post",
    };

    private static readonly char[] Trim = [' ', '.', ':', '!', '…', '-', '–', '—', '|', '»', '›', '>', '(', ')', '[', ']', '#', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    /// <summary>Whether <paramref name="text"/> (a block's text) opens a comment section.</summary>
    public static bool IsLabel(string text) => text.Length <= MaxLength && text.Length > 0 && Labels.Contains(text.Trim(Trim));
}
