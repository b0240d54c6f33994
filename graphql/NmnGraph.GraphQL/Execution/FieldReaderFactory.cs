using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Makes the reader of a field whose value depends on the schema or on its arguments as well as on the parent (the
/// introspection fields with <c>includeDeprecated</c>, <c>__schema</c>, <c>__type</c>): called once per planned field
/// whose arguments the document fixes, so executing it needs no resolver context.
/// </summary>
public delegate FieldReader FieldReaderFactory(Schema schema, IReadOnlyDictionary<string, object?> arguments);
