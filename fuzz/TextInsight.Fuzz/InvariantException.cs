namespace TextInsight.Fuzz;

/// <summary>An invariant of a result did not hold.</summary>
internal sealed class InvariantException(string message) : Exception(message);
