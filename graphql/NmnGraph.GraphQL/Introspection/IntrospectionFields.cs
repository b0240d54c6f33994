using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Introspection;

/// <summary>
/// The meta fields (spec #sec-Type-Name-Introspection, #sec-Schema-Introspection): <c>__typename</c> on every
/// composite type, <c>__schema</c> and <c>__type(name:)</c> on the query type.
/// </summary>
public static class IntrospectionFields
{
    public static OutputField TypeName { get; } = new("__typename", new NonNullType(ScalarType.String), "(meta)", "The name of the object type of this value.")
    {
        IsIntrospection = true,
        Resolver = static ctx => new ValueTask<object?>(ctx.ParentType.Name),
    };

    public static OutputField Schema { get; } = new("__schema", new NonNullType(IntrospectionTypes.Schema), "(meta)", "Access the current type schema of this server.")
    {
        IsIntrospection = true,
        Resolver = static ctx => new ValueTask<object?>(ctx.Schema),
        ReaderFactory = static (schema, _) => _ => schema,
    };

    public static OutputField Type { get; } = CreateTypeField();

    private static OutputField CreateTypeField()
    {
        var field = new OutputField("__type", IntrospectionTypes.Type, "(meta)", "Request the type information of a single type.")
        {
            IsIntrospection = true,
            Resolver = static ctx => new ValueTask<object?>(ctx.Schema.GetType(ctx.Argument<string>("name"))),
            ReaderFactory = static (schema, arguments) =>
            {
                NamedType? type = arguments.TryGetValue("name", out object? name) && name is string typeName ? schema.GetType(typeName) : null;
                return _ => type;
            },
        };
        var arguments = new FieldCollection<InputValue>();
        arguments.TryAdd(new InputValue("name", new NonNullType(ScalarType.String), "__type(name:)"));
        field.Arguments = arguments;
        return field;
    }
}
