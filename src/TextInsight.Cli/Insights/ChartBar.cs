namespace TextInsight.Cli.Insights;

/// <summary>One bar of a chart: its label, its value (for the length) and the text shown beside it.</summary>
internal sealed record ChartBar(string Label, double Value, string ValueText);
