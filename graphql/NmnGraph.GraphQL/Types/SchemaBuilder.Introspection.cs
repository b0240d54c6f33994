using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// Starts a builder from an introspection result (graphql-js <c>buildClientSchema</c>): the response
    /// (<c>{"data":{"__schema":…}}</c>), its data, or the <c>__schema</c> object itself. The schema has no
    /// resolvers; custom scalars pass values through.
    /// </summary>
    public static SchemaBuilder FromIntrospection(JsonElement introspection)
    {
        JsonElement schema = introspection;
        if (schema.TryGetProperty("data", out JsonElement data))
        {
            schema = data;
        }

        if (schema.TryGetProperty("__schema", out JsonElement inner))
        {
            schema = inner;
        }

        if (schema.ValueKind != JsonValueKind.Object || !schema.TryGetProperty("types", out JsonElement types))
        {
            throw new GraphQLException("Invalid or incomplete introspection result. Ensure that you are passing the \"data\" attribute of an introspection response and no \"errors\" were returned alongside.");
        }

        var definitions = new List<DefinitionNode>();
        var operationTypes = new List<OperationTypeDefinitionNode>();
        AddRoot(schema, "queryType", OperationType.Query, operationTypes);
        AddRoot(schema, "mutationType", OperationType.Mutation, operationTypes);
        AddRoot(schema, "subscriptionType", OperationType.Subscription, operationTypes);
        definitions.Add(new SchemaDefinitionNode(Description(schema), [], operationTypes));

        foreach (JsonElement type in types.EnumerateArray())
        {
            string name = type.GetProperty("name").GetString()!;
            if (name.StartsWith("__", StringComparison.Ordinal) || name is "String" or "Int" or "Float" or "Boolean" or "ID")
            {
                continue;
            }

            definitions.Add(BuildTypeDefinition(type, name));
        }

        if (schema.TryGetProperty("directives", out JsonElement directives) && directives.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement directive in directives.EnumerateArray())
            {
                string name = directive.GetProperty("name").GetString()!;
                if (BuiltInDirectives.IsBuiltInName(name))
                {
                    continue;
                }

                var locations = new List<NameNode>();
                foreach (JsonElement location in directive.GetProperty("locations").EnumerateArray())
                {
                    locations.Add(new NameNode(location.GetString()!));
                }

                bool repeatable = directive.TryGetProperty("isRepeatable", out JsonElement isRepeatable) && isRepeatable.ValueKind == JsonValueKind.True;
                definitions.Add(new DirectiveDefinitionNode(Description(directive), new NameNode(name), InputValues(directive, "args"), repeatable, locations));
            }
        }

        return FromDocument(new DocumentNode(definitions));
    }

    private static void AddRoot(JsonElement schema, string property, OperationType operation, List<OperationTypeDefinitionNode> operationTypes)
    {
        if (schema.TryGetProperty(property, out JsonElement root) && root.ValueKind == JsonValueKind.Object)
        {
            operationTypes.Add(new OperationTypeDefinitionNode(operation, new NamedTypeNode(new NameNode(root.GetProperty("name").GetString()!))));
        }
    }

    private static TypeDefinitionNode BuildTypeDefinition(JsonElement type, string name)
    {
        StringValueNode? description = Description(type);
        var nameNode = new NameNode(name);
        switch (type.GetProperty("kind").GetString())
        {
            case "SCALAR":
                IReadOnlyList<DirectiveNode> scalarDirectives = type.TryGetProperty("specifiedByURL", out JsonElement url) && url.ValueKind == JsonValueKind.String
                    ? [new DirectiveNode(new NameNode("specifiedBy"), [new ArgumentNode(new NameNode("url"), new StringValueNode(url.GetString()!, false))])]
                    : [];
                return new ScalarTypeDefinitionNode(description, nameNode, scalarDirectives);
            case "OBJECT":
                return new ObjectTypeDefinitionNode(description, nameNode, TypeReferences(type, "interfaces"), [], Fields(type));
            case "INTERFACE":
                return new InterfaceTypeDefinitionNode(description, nameNode, TypeReferences(type, "interfaces"), [], Fields(type));
            case "UNION":
                return new UnionTypeDefinitionNode(description, nameNode, [], TypeReferences(type, "possibleTypes"));
            case "ENUM":
                var values = new List<EnumValueDefinitionNode>();
                foreach (JsonElement value in type.GetProperty("enumValues").EnumerateArray())
                {
                    values.Add(new EnumValueDefinitionNode(Description(value), new NameNode(value.GetProperty("name").GetString()!), Deprecation(value)));
                }

                return new EnumTypeDefinitionNode(description, nameNode, [], values);
            case "INPUT_OBJECT":
                IReadOnlyList<DirectiveNode> inputDirectives = type.TryGetProperty("isOneOf", out JsonElement oneOf) && oneOf.ValueKind == JsonValueKind.True
                    ? [new DirectiveNode(new NameNode("oneOf"), [])]
                    : [];
                return new InputObjectTypeDefinitionNode(description, nameNode, inputDirectives, InputValues(type, "inputFields"));
            default:
                throw new GraphQLException($"Invalid or incomplete schema, unknown kind: {type.GetProperty("kind")}.");
        }
    }

    private static List<FieldDefinitionNode> Fields(JsonElement type)
    {
        var fields = new List<FieldDefinitionNode>();
        if (type.TryGetProperty("fields", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement field in list.EnumerateArray())
            {
                fields.Add(new FieldDefinitionNode(
                    Description(field),
                    new NameNode(field.GetProperty("name").GetString()!),
                    InputValues(field, "args"),
                    TypeReference(field.GetProperty("type")),
                    Deprecation(field)));
            }
        }

        return fields;
    }

    private static List<InputValueDefinitionNode> InputValues(JsonElement owner, string property)
    {
        var values = new List<InputValueDefinitionNode>();
        if (owner.TryGetProperty(property, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement value in list.EnumerateArray())
            {
                ValueNode? defaultValue = value.TryGetProperty("defaultValue", out JsonElement literal) && literal.ValueKind == JsonValueKind.String
                    ? Parser.ParseConstValue(literal.GetString()!)
                    : null;
                values.Add(new InputValueDefinitionNode(
                    Description(value),
                    new NameNode(value.GetProperty("name").GetString()!),
                    TypeReference(value.GetProperty("type")),
                    defaultValue,
                    Deprecation(value)));
            }
        }

        return values;
    }

    private static List<NamedTypeNode> TypeReferences(JsonElement owner, string property)
    {
        var references = new List<NamedTypeNode>();
        if (owner.TryGetProperty(property, out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement reference in list.EnumerateArray())
            {
                references.Add(new NamedTypeNode(new NameNode(reference.GetProperty("name").GetString()!)));
            }
        }

        return references;
    }

    private static TypeNode TypeReference(JsonElement reference) => reference.GetProperty("kind").GetString() switch
    {
        "NON_NULL" => new NonNullTypeNode(TypeReference(reference.GetProperty("ofType"))),
        "LIST" => new ListTypeNode(TypeReference(reference.GetProperty("ofType"))),
        _ => new NamedTypeNode(new NameNode(reference.GetProperty("name").GetString()!)),
    };

    private static StringValueNode? Description(JsonElement element) =>
        element.TryGetProperty("description", out JsonElement description) && description.ValueKind == JsonValueKind.String
            ? new StringValueNode(description.GetString()!, block: false)
            : null;

    private static IReadOnlyList<DirectiveNode> Deprecation(JsonElement element)
    {
        if (!element.TryGetProperty("isDeprecated", out JsonElement deprecated) || deprecated.ValueKind != JsonValueKind.True)
        {
            return [];
        }

        IReadOnlyList<ArgumentNode> arguments = element.TryGetProperty("deprecationReason", out JsonElement reason) && reason.ValueKind == JsonValueKind.String
            ? [new ArgumentNode(new NameNode("reason"), new StringValueNode(reason.GetString()!, false))]
            : [];
        return [new DirectiveNode(new NameNode("deprecated"), arguments)];
    }
}
