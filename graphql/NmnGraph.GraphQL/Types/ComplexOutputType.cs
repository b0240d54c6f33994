namespace NmnGraph.GraphQL.Types;

/// <summary>An object or interface type: named fields and implemented interfaces.</summary>
public abstract class ComplexOutputType : NamedType
{
    private List<InterfaceType> _interfaces = [];

    protected ComplexOutputType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>Fields in definition order (extensions appended).</summary>
    public FieldCollection<OutputField> Fields { get; } = new();

    /// <summary>The interfaces this type declares that it implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces;

    public OutputField? GetField(string name) => Fields.Find(name);

    public bool ImplementsInterface(InterfaceType interfaceType)
    {
        foreach (InterfaceType candidate in _interfaces)
        {
            if (ReferenceEquals(candidate, interfaceType))
            {
                return true;
            }
        }

        return false;
    }

    internal bool AddField(OutputField field) => Fields.TryAdd(field);

    internal void AddInterface(InterfaceType interfaceType) => _interfaces.Add(interfaceType);
}
