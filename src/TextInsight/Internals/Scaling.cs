namespace TextInsight.Internals;

/// <summary>Small numeric helpers the stages share.</summary>
internal static class Scaling
{
    /// <summary>Divides every value by the largest, when that is positive (so the largest becomes 1).</summary>
    public static void ScaleToMaximum(double[] values) => ScaleToMaximum(values.AsSpan());

    /// <summary>Divides every value by the largest, when that is positive (so the largest becomes 1).</summary>
    public static void ScaleToMaximum(Span<double> values)
    {
        double max = 0;
        foreach (double v in values)
        {
            max = Math.Max(max, v);
        }

        if (max > 0)
        {
            for (int i = 0; i < values.Length; i++)
            {
                values[i] /= max;
            }
        }
    }
}
