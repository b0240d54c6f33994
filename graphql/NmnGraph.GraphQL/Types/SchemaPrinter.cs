using System.Text;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL in graphql-js <c>printSchema</c> layout: built-in scalars, directives and introspection
/// types are left out; <c>schema { … }</c> only when the root types are not named Query/Mutation/Subscription
/// or the schema has a description; one-line descriptions as strings, longer ones as block strings.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (DirectiveDefinition directive in schema.DirectiveDefinitions)
        {
            if (!directive.IsBuiltIn)
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (NamedType type in schema.Types)
        {
            if (!type.IsBuiltIn)
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts) + "\n";
    }

    public static string PrintType(NamedType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var builder = new StringBuilder();
        AppendDescription(builder, type.Description, string.Empty, true);
        switch (type)
        {
            case ScalarType scalar:
                builder.Append("scalar ").Append(scalar.Name);
                if (scalar.SpecifiedByUrl is { } url)
                {
                    builder.Append(" @specifiedBy(url: ").Append(ValueFormatter.QuoteJson(url)).Append(')');
                }

                break;
            case ComplexOutputType complex:
                builder.Append(complex is ObjectType ? "type " : "interface ").Append(complex.Name);
                if (complex.Interfaces.Count > 0)
                {
                    builder.Append(" implements ").Append(string.Join(" & ", complex.Interfaces.Select(i => i.Name)));
                }

                AppendBlock(builder, complex.Fields, (b, field) =>
                {
                    b.Append("  ").Append(field.Name);
                    AppendArguments(b, field.Arguments, "  ");
                    b.Append(": ").Append(field.Type);
                    AppendDeprecated(b, field.DeprecationReason);
                });
                break;
            case UnionType union:
                builder.Append("union ").Append(union.Name);
                if (union.Types.Count > 0)
                {
                    builder.Append(" = ").Append(string.Join(" | ", union.Types.Select(t => t.Name)));
                }

                break;
            case EnumType enumType:
                builder.Append("enum ").Append(enumType.Name);
                AppendBlock(builder, enumType.Values, (b, value) =>
                {
                    b.Append("  ").Append(value.Name);
                    AppendDeprecated(b, value.DeprecationReason);
                });
                break;
            case InputObjectType input:
                builder.Append("input ").Append(input.Name);
                if (input.IsOneOf)
                {
                    builder.Append(" @oneOf");
                }

                AppendBlock(builder, input.Fields, (b, field) =>
                {
                    b.Append("  ");
                    AppendInputValue(b, field);
                });
                break;
        }

        return builder.ToString();
    }

    public static string PrintDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        var builder = new StringBuilder();
        AppendDescription(builder, directive.Description, string.Empty, true);
        builder.Append("directive @").Append(directive.Name);
        AppendArguments(builder, directive.Arguments, string.Empty);
        if (directive.IsRepeatable)
        {
            builder.Append(" repeatable");
        }

        builder.Append(" on ").Append(string.Join(" | ", directive.LocationList.Select(DirectiveLocations.GetName)));
        return builder.ToString();
    }

    private static string? PrintSchemaDefinition(Schema schema)
    {
        bool commonNames = schema.QueryType.Name == "Query"
            && (schema.MutationType is null || schema.MutationType.Name == "Mutation")
            && (schema.SubscriptionType is null || schema.SubscriptionType.Name == "Subscription");
        if (schema.Description is null && commonNames)
        {
            return null;
        }

        var builder = new StringBuilder();
        AppendDescription(builder, schema.Description, string.Empty, true);
        builder.Append("schema {\n  query: ").Append(schema.QueryType.Name);
        if (schema.MutationType is not null)
        {
            builder.Append("\n  mutation: ").Append(schema.MutationType.Name);
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("\n  subscription: ").Append(schema.SubscriptionType.Name);
        }

        return builder.Append("\n}").ToString();
    }

    private static void AppendBlock<T>(StringBuilder builder, IReadOnlyList<T> items, Action<StringBuilder, T> appendItem)
        where T : INamedMember
    {
        if (items.Count == 0)
        {
            return;
        }

        builder.Append(" {\n");
        for (int i = 0; i < items.Count; i++)
        {
            AppendDescription(builder, items[i].Description, "  ", i == 0);
            appendItem(builder, items[i]);
            builder.Append('\n');
        }

        builder.Append('}');
    }

    private static void AppendArguments(StringBuilder builder, FieldCollection<InputValue> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return;
        }

        if (arguments.All(a => a.Description is null))
        {
            builder.Append('(');
            for (int i = 0; i < arguments.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(", ");
                }

                AppendInputValue(builder, arguments[i]);
            }

            builder.Append(')');
            return;
        }

        builder.Append("(\n");
        for (int i = 0; i < arguments.Count; i++)
        {
            AppendDescription(builder, arguments[i].Description, "  " + indentation, i == 0);
            builder.Append("  ").Append(indentation);
            AppendInputValue(builder, arguments[i]);
            builder.Append('\n');
        }

        builder.Append(indentation).Append(')');
    }

    private static void AppendInputValue(StringBuilder builder, InputValue value)
    {
        builder.Append(value.Name).Append(": ").Append(value.Type);
        if (value.DefaultValue is { } defaultValue)
        {
            builder.Append(" = ").Append(ValueFormatter.Print(defaultValue));
        }

        AppendDeprecated(builder, value.DeprecationReason);
    }

    private static void AppendDeprecated(StringBuilder builder, string? reason)
    {
        if (reason is null)
        {
            return;
        }

        builder.Append(" @deprecated");
        if (!string.Equals(reason, BuiltInDirectives.DefaultDeprecationReason, StringComparison.Ordinal))
        {
            builder.Append("(reason: ").Append(ValueFormatter.QuoteJson(reason)).Append(')');
        }
    }

    private static void AppendDescription(StringBuilder builder, string? description, string indentation, bool firstInBlock)
    {
        if (description is null)
        {
            return;
        }

        if (indentation.Length > 0 && !firstInBlock)
        {
            builder.Append('\n');
        }

        builder.Append(indentation);
        bool multiline = description.Contains('\n', StringComparison.Ordinal) || description.Contains('\r', StringComparison.Ordinal);
        if (!multiline)
        {
            builder.Append(ValueFormatter.QuoteJson(description)).Append('\n');
            return;
        }

        string block = PrintBlockString(description);
        builder.Append(block.Replace("\n", "\n" + indentation, StringComparison.Ordinal)).Append('\n');
    }

    /// <summary>A block string literal for a multi-line description (graphql-js <c>printBlockString</c> layout).</summary>
    private static string PrintBlockString(string value)
    {
        string escaped = value.Replace("\"\"\"", "\\\"\"\"", StringComparison.Ordinal);
        string[] lines = escaped.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        bool forceLeadingNewLine = lines.Length > 1 && lines.Skip(1).All(line => line.Length == 0 || line[0] is ' ' or '\t');
        bool skipLeadingNewLine = lines.Length == 1 && value.Length > 0 && value[0] is ' ' or '\t';
        var builder = new StringBuilder("\"\"\"");
        if (!skipLeadingNewLine || forceLeadingNewLine)
        {
            builder.Append('\n');
        }

        builder.Append(string.Join('\n', lines)).Append('\n');
        return builder.Append("\"\"\"").ToString();
    }
}
