using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>Collected fields: the field nodes of each response name, names in first-seen order.</summary>
internal sealed class FieldGroups
{
    private readonly Dictionary<string, List<FieldNode>> _byResponseName = new(StringComparer.Ordinal);
    private readonly List<string> _responseNames = [];

    public IReadOnlyList<string> ResponseNames => _responseNames;

    public int Count => _responseNames.Count;

    public List<FieldNode> this[string responseName] => _byResponseName[responseName];

    public void Add(FieldNode field)
    {
        string responseName = field.ResponseName;
        if (!_byResponseName.TryGetValue(responseName, out List<FieldNode>? nodes))
        {
            _byResponseName[responseName] = nodes = [];
            _responseNames.Add(responseName);
        }

        nodes.Add(field);
    }
}
