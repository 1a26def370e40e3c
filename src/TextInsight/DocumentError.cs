namespace TextInsight;

/// <summary>Why a document could not be analyzed.</summary>
/// <param name="Code">A stable, machine-readable code (see <see cref="ErrorCodes"/>).</param>
/// <param name="Message">What went wrong, naming the document, in words a user can act on.</param>
public sealed record DocumentError(string Code, string Message);
