namespace TextInsight.Cli.Input;

/// <summary>One entry of a directory listing.</summary>
/// <param name="Name">The file or directory name.</param>
/// <param name="IsDirectory">Whether it is a directory (a link to a directory counts as one).</param>
internal readonly record struct FolderEntry(string Name, bool IsDirectory);
