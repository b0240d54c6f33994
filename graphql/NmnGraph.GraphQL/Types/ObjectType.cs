namespace NmnGraph.GraphQL.Types;

/// <summary>An object type (spec #sec-Objects).</summary>
public sealed class ObjectType : ComplexOutputType
{
    public ObjectType(string name, string? description = null)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// The CLR type of the parent values of this type's fields, when the server declared it (BindType&lt;T&gt;);
    /// used to resolve abstract types and to check that the default resolver can serve unbound fields.
    /// </summary>
    public Type? RuntimeType { get; internal set; }
}
