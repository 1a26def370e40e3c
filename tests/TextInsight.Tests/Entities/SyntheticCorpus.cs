using TextInsight.Serialization;

namespace TextInsight.Tests.Entities;

/// <summary>
/// Synthetic analysis records for measuring the corpus resolver on corpora far larger than the BBC set: entity summaries
/// only, with a name distribution that grows like a news corpus's (most entities named in one document, a few in many).
/// </summary>
/// <remarks>
/// Entities are drawn by a Pitman–Yor process (discount 0.79, the exponent of the growth of corpus entities measured on
/// the BBC articles; concentration chosen so that 1,780 documents give about as many corpus entities as the BBC set's
/// 11,000), so that new names keep coming at the rate a news corpus brings them. A third are people, whose surnames come
/// from a second Pitman–Yor process (so that namesakes occur) and whose documents name them in full, by title and
/// surname, or by surname alone. Names are made of synthetic syllables, 5 to 9 letters a word. Seeded: the same records
/// on every run. Shared by the tests and by the benchmarks' <c>--corpus-memory</c>.
/// </remarks>
internal sealed class SyntheticCorpus
{
    private static readonly string[] Topics = ["business", "entertainment", "politics", "sport", "tech"];
    private static readonly string[] Syllables =
    [
        "ka", "ro", "mi", "den", "sa", "lu", "ber", "to", "na", "vel", "ri", "gan", "mo", "th", "el", "son", "ar", "ley",
        "pe", "ston", "wi", "ck", "ha", "ford", "li", "ne", "do", "man", "je", "ra",
    ];

    private readonly Random _random;
    private readonly PitmanYor _entities;
    private readonly PitmanYor _surnames;
    private readonly List<Entity> _known = [];
    private readonly List<int> _firstNames = [];

    public SyntheticCorpus(int seed = 23, double discount = 0.79, double concentration = 120)
    {
        _random = new Random(seed);
        _entities = new PitmanYor(_random, discount, concentration);
        _surnames = new PitmanYor(_random, 0.6, 400);
    }

    /// <summary>The next document's record: about 17 entities (the BBC average), a top topic.</summary>
    public AnalysisRecord Next(int index)
    {
        int count = 8 + _random.Next(19);
        var seen = new HashSet<int>();
        var summary = new List<EntitySummaryRecord>(count);
        string topic = Topics[_random.Next(Topics.Length)];
        for (int i = 0; i < count; i++)
        {
            int id = _entities.Draw();
            if (!seen.Add(id))
            {
                continue;
            }

            if (id == _known.Count)
            {
                _known.Add(NewEntity());
            }

            var e = _known[id];
            var record = new EntitySummaryRecord { Id = summary.Count + 1, Type = e.Type, Mentions = 1 + _random.Next(6) };
            if (e.Surname is null)
            {
                record.Name = e.Name;
            }
            else
            {
                double form = _random.NextDouble();
                string titled = (e.Female ? "Ms " : "Mr ") + e.Surname;
                record.Name = form < 0.75 ? e.Name : form < 0.9 ? titled : e.Surname;
                if (form < 0.3)
                {
                    record.Aliases.Add(titled);
                }
            }

            summary.Add(record);
        }

        return new AnalysisRecord
        {
            Source = "synthetic/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            EntitySummary = summary,
            Topics = [new TopicRecord { Label = topic, Score = 1 }],
        };
    }

    private Entity NewEntity()
    {
        double kind = _random.NextDouble();
        if (kind < 0.35)
        {
            int first = _firstNames.Count < 3000 ? _firstNames.Count : _random.Next(3000);
            if (first == _firstNames.Count)
            {
                _firstNames.Add(first);
            }

            string surname = Word(1_000_000 + _surnames.Draw());
            return new Entity(Word(first) + " " + surname, "Person", surname, _random.Next(3) == 0);
        }

        string type = kind < 0.6 ? "Organization" : kind < 0.85 ? "Location" : "Misc";
        int words = 1 + _random.Next(3);
        var name = new System.Text.StringBuilder();
        for (int w = 0; w < words; w++)
        {
            name.Append(w > 0 ? " " : string.Empty).Append(Word(_random.Next(5_000_000)));
        }

        return new Entity(name.ToString(), type, null, false);
    }

    /// <summary>A capitalized synthetic word for a number: 2 to 4 syllables, the same word for the same number.</summary>
    private static string Word(int n)
    {
        var word = new System.Text.StringBuilder();
        int syllables = 2 + (n % 3);
        int x = n;
        for (int i = 0; i < syllables; i++)
        {
            word.Append(Syllables[x % Syllables.Length]);
            x = (x / Syllables.Length) + (i * 7919);
        }

        word[0] = char.ToUpperInvariant(word[0]);
        return word.ToString();
    }

    private sealed record Entity(string Name, string Type, string? Surname, bool Female);

    /// <summary>
    /// The Chinese-restaurant form of a Pitman–Yor process: the next draw is a new table with probability
    /// (θ + dK) / (θ + n), else table k with probability (c_k − d) / (θ + n); tables are numbered 0, 1, … in order of creation.
    /// </summary>
    private sealed class PitmanYor(Random random, double discount, double concentration)
    {
        private readonly List<int> _counts = [];
        private readonly List<int> _customers = [];

        public int Draw()
        {
            int n = _customers.Count;
            if (random.NextDouble() * (concentration + n) < concentration + (discount * _counts.Count))
            {
                _counts.Add(1);
                _customers.Add(_counts.Count - 1);
                return _counts.Count - 1;
            }

            while (true)
            {
                // A customer picked uniformly chooses table k with probability c_k / n; accepting it with probability
                // (c_k − d) / c_k leaves c_k − d.
                int table = _customers[random.Next(n)];
                if (random.NextDouble() * _counts[table] < _counts[table] - discount)
                {
                    _counts[table]++;
                    _customers.Add(table);
                    return table;
                }
            }
        }
    }
}
