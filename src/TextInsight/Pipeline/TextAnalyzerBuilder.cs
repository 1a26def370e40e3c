namespace TextInsight;

/// <summary>
/// Builds a <see cref="TextAnalyzer"/> from an ordered list of components: the built-in ones chosen by
/// <see cref="TextAnalyzerOptions.Stages"/>, which you can insert into, replace or remove by name (as Markdig's pipeline
/// builder does). <see cref="Build"/> checks the list.
/// </summary>
/// <example>
/// <code>
/// var analyzer = TextAnalyzer.CreateBuilder()
///     .InsertAfter(ArticleLayers.Sentences, new WordCount())
///     .Remove(ArticleLayers.Keyphrases)
///     .Build();
/// </code>
/// </example>
public sealed class TextAnalyzerBuilder
{
    private readonly List<IArticleComponent> _components;

    internal TextAnalyzerBuilder(TextAnalyzerOptions options)
    {
        Options = options;
        _components = [.. TextAnalyzer.DefaultComponents(options)];
    }

    /// <summary>The options the built-in components were made with.</summary>
    public TextAnalyzerOptions Options { get; }

    /// <summary>The components' names, in the order they run.</summary>
    public IReadOnlyList<string> Names => _components.ConvertAll(c => c.Name);

    /// <summary>Adds a component at the end.</summary>
    /// <exception cref="ArgumentException">A component of that name is already in the list.</exception>
    public TextAnalyzerBuilder Add(IArticleComponent component)
    {
        CheckNew(component);
        _components.Add(component);
        return this;
    }

    /// <summary>Inserts a component just before the component named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No component has that name, or one already has the new component's name.</exception>
    public TextAnalyzerBuilder InsertBefore(string name, IArticleComponent component)
    {
        int i = IndexOf(name);
        CheckNew(component);
        _components.Insert(i, component);
        return this;
    }

    /// <summary>Inserts a component just after the component named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No component has that name, or one already has the new component's name.</exception>
    public TextAnalyzerBuilder InsertAfter(string name, IArticleComponent component)
    {
        int i = IndexOf(name);
        CheckNew(component);
        _components.Insert(i + 1, component);
        return this;
    }

    /// <summary>Puts <paramref name="component"/> in the place of the component named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No component has that name, or another one already has the new component's name.</exception>
    public TextAnalyzerBuilder Replace(string name, IArticleComponent component)
    {
        int i = IndexOf(name);
        ArgumentNullException.ThrowIfNull(component);
        if (component.Name != name)
        {
            CheckNew(component);
        }

        _components[i] = component;
        return this;
    }

    /// <summary>Removes the component named <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No component has that name.</exception>
    public TextAnalyzerBuilder Remove(string name)
    {
        _components.RemoveAt(IndexOf(name));
        return this;
    }

    /// <summary>Checks the list and builds the analyzer. The analyzer keeps its own copy: later changes to the builder do not reach it.</summary>
    /// <exception cref="InvalidOperationException">
    /// A component requires a layer that no component before it assigns (the message names both), or declares a blank
    /// layer name.
    /// </exception>
    public TextAnalyzer Build()
    {
        var assigned = new HashSet<string>(StringComparer.Ordinal) { ArticleLayers.Structure };
        foreach (var c in _components)
        {
            foreach (var layer in c.Requires ?? [])
            {
                if (!assigned.Contains(layer))
                {
                    var by = _components.Find(o => o != c && (o.Assigns ?? []).Contains(layer));
                    string hint = by is null
                        ? "no component in the pipeline assigns it"
                        : $"the component '{by.Name}' assigns it, but runs after '{c.Name}'";
                    throw new InvalidOperationException(
                        $"The component '{c.Name}' requires the layer '{layer}', and {hint}. Components in order: {string.Join(", ", Names)}.");
                }
            }

            foreach (var layer in c.Assigns ?? [])
            {
                if (string.IsNullOrWhiteSpace(layer))
                {
                    throw new InvalidOperationException($"The component '{c.Name}' declares a blank layer name in Assigns.");
                }

                assigned.Add(layer);
            }
        }

        return new TextAnalyzer(Options, [.. _components]);
    }

    private int IndexOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int i = _components.FindIndex(c => c.Name == name);
        return i >= 0 ? i : throw new ArgumentException($"No component is named '{name}'. Components in order: {string.Join(", ", Names)}.", nameof(name));
    }

    private void CheckNew(IArticleComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        if (string.IsNullOrWhiteSpace(component.Name))
        {
            throw new ArgumentException("A component needs a name.", nameof(component));
        }

        if (_components.Exists(c => c.Name == component.Name))
        {
            throw new ArgumentException($"A component named '{component.Name}' is already in the pipeline; use Replace to put another in its place.", nameof(component));
        }
    }
}
