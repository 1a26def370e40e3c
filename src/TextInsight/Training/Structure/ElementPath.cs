using System.Globalization;
using System.Text;
using AngleSharp.Dom;

namespace TextInsight.Structure.Training;

/// <summary>
/// An element's place in a page's tree: from the root element down, the index among its parent's element children and
/// the local name of each element on the way. Two spec-conforming HTML parsers build the same tree from the same bytes,
/// so a browser can find by this path the element that <see cref="PageRenderer"/> found, and the names tell when it
/// cannot (the trees differ).
/// </summary>
/// <param name="Indices">Child-element indices from the root element down (empty: the root element).</param>
/// <param name="Names">The local name of the element at each step.</param>
internal sealed record ElementPath(IReadOnlyList<int> Indices, IReadOnlyList<string> Names)
{
    /// <summary>The path of <paramref name="element"/> from its document's root element.</summary>
    public static ElementPath Of(IElement element)
    {
        var indices = new List<int>();
        var names = new List<string>();
        for (IElement? e = element; e?.ParentElement is { } parent; e = parent)
        {
            indices.Add(parent.Children.Index(e));
            names.Add(e.LocalName);
        }

        indices.Reverse();
        names.Reverse();
        return new ElementPath(indices, names);
    }

    /// <summary>The path as a JavaScript array literal of <c>[index, "name"]</c> steps.</summary>
    public string ToJavaScript()
    {
        var sb = new StringBuilder("[");
        for (int i = 0; i < Indices.Count; i++)
        {
            sb.Append(i == 0 ? "[" : ",[").Append(Indices[i].ToString(CultureInfo.InvariantCulture)).Append(',')
              .Append(System.Text.Json.JsonSerializer.Serialize(Names[i])).Append(']');
        }

        return sb.Append(']').ToString();
    }
}
