using System.CommandLine;

namespace TextInsight.Cli.Commands;

/// <summary>The options of the summary model's learner, shared by <c>train summaries</c> and <c>evaluate summaries --folds</c>.</summary>
internal sealed class SummaryTrainingOptions
{
    /// <summary>The default L2 penalty of the built-in model.</summary>
    public const double DefaultL2 = 1;

    /// <summary>The default length exponent of the built-in model.</summary>
    public const double DefaultLengthExponent = 0.5;

    private readonly Option<double> _l2 = new("--l2") { Description = "L2 penalty of the logistic regression on standardized features.", DefaultValueFactory = _ => DefaultL2 };
    private readonly Option<double> _lengthExponent = new("--length-exponent") { Description = "Exponent of the length factor (words / mean words) applied to the model's probability when choosing sentences.", DefaultValueFactory = _ => DefaultLengthExponent };

    private readonly Option<int> _trees = new("--trees") { Description = "Boosted trees added to the regression's log-odds (0 for none).", DefaultValueFactory = _ => DefaultTrees };
    private readonly Option<int> _depth = new("--depth") { Description = "Depth of each boosted tree.", DefaultValueFactory = _ => DefaultDepth };

    /// <summary>The default number of trees of the built-in model.</summary>
    public const int DefaultTrees = 100;

    /// <summary>The default tree depth of the built-in model.</summary>
    public const int DefaultDepth = 3;

    public void AddTo(Command command)
    {
        command.Options.Add(_trees);
        command.Options.Add(_depth);
        command.Options.Add(_l2);
        command.Options.Add(_lengthExponent);
    }

    public (double L2, double LengthExponent, int Trees, int Depth) Read(ParseResult parse)
    {
        int trees = parse.GetValue(_trees);
        int depth = parse.GetValue(_depth);
        if (trees < 0 || depth < 1 || depth > 8)
        {
            throw new ArgumentException("--trees must be zero or positive and --depth from 1 to 8.");
        }

        return (parse.GetValue(_l2), parse.GetValue(_lengthExponent), trees, depth);
    }
}
