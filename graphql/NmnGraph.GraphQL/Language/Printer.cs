using System.Runtime.CompilerServices;
using System.Text;

namespace NmnGraph.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL source in the canonical format of graphql-js <c>print</c>: two-space
/// indentation, one selection per line, field arguments wrapped when the line would pass 80 characters,
/// block strings kept as block strings. Parsing the output gives the same AST, and printing is idempotent.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);

        // Parsed documents are depth-limited, but a tree built in code may not be: fail cleanly instead of overflowing.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperation(n),
            VariableDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + Print(n.Variable) + ": " + Print(n.Type) + Wrap(" = ", PrintOptional(n.DefaultValue)) + Wrap(" ", Join(n.Directives, " ")),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", PrintOptional(n.TypeCondition)), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + "fragment " + n.Name.Value + " on " + Print(n.TypeCondition) + " " + Wrap(string.Empty, Join(n.Directives, " "), " ") + Print(n.SelectionSet),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            SchemaDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + Print(n.Type),
            ScalarTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            FieldDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + ": " + Print(n.Type) + Wrap(" ", Join(n.Directives, " ")),
            InputValueDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", n.Name.Value + ": " + Print(n.Type), Wrap("= ", PrintOptional(n.DefaultValue)), Join(n.Directives, " ")),
            InterfaceTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
            EnumTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            EnumValueDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", n.Name.Value, Join(n.Directives, " ")),
            InputObjectTypeDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            DirectiveDefinitionNode n => Wrap(string.Empty, PrintOptional(n.Description), "\n")
                + "directive @" + n.Name.Value + PrintArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty)
                + " on " + Join(n.Locations, " | "),
            SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeExtensionNode n => JoinParts(" ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            InterfaceTypeExtensionNode n => JoinParts(" ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
            EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            _ => throw new ArgumentException("Cannot print a node of kind " + node.Kind + ".", nameof(node)),
        };
    }

    /// <summary>
    /// Prints a string value as a quoted GraphQL string, escaping as graphql-js printString does: quote,
    /// backslash, and the C0 and C1 control characters (\b \t \n \f \r by name, the rest as \uXXXX).
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        int chunkStart = 0;
        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || c > 0x9F))
            {
                continue;
            }

            builder.Append(value, chunkStart, i - chunkStart);
            chunkStart = i + 1;
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        builder.Append(value, chunkStart, value.Length - chunkStart);
        builder.Append('"');
        return builder.ToString();
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        string variables = HasMultilineItems(node.VariableDefinitions, out string[] printedVariables)
            ? Wrap("(\n", string.Join("\n", printedVariables), "\n)")
            : Wrap("(", string.Join(", ", printedVariables), ")");
        string prefix = Wrap(string.Empty, PrintOptional(node.Description), "\n")
            + JoinParts(" ", OperationKeyword(node.Operation), (node.Name?.Value ?? string.Empty) + variables, Join(node.Directives, " "));

        // An anonymous query with no variables, directives or description prints as the shorthand.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(node.SelectionSet);
    }

    private static string PrintField(FieldNode node)
    {
        string prefix = Wrap(string.Empty, node.Alias?.Value, ": ") + node.Name.Value;
        string argumentsLine = prefix + Wrap("(", Join(node.Arguments, ", "), ")");
        if (argumentsLine.Length > MaxLineLength)
        {
            argumentsLine = prefix + Wrap("(\n", Indent(Join(node.Arguments, "\n")), "\n)");
        }

        return JoinParts(" ", argumentsLine, Join(node.Directives, " "), PrintOptional(node.SelectionSet));
    }

    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments, out string[] printed)
            ? Wrap("(\n", Indent(string.Join("\n", printed)), "\n)")
            : Wrap("(", string.Join(", ", printed), ")");

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes, out string[] printed)
        where T : SyntaxNode
    {
        printed = new string[nodes.Count];
        bool multiline = false;
        for (int i = 0; i < nodes.Count; i++)
        {
            printed[i] = Print(nodes[i]);
            multiline |= printed[i].Contains('\n', StringComparison.Ordinal);
        }

        return multiline;
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => "query",
    };

    private static string? PrintOptional(SyntaxNode? node) => node is null ? null : Print(node);

    /// <summary>Prints the nodes and joins the non-empty results.</summary>
    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }

        if (nodes.Count == 1)
        {
            return Print(nodes[0]);
        }

        var builder = new StringBuilder();
        foreach (T node in nodes)
        {
            string printed = Print(node);
            if (printed.Length == 0)
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(printed);
        }

        return builder.ToString();
    }

    /// <summary>Joins the non-empty parts.</summary>
    private static string JoinParts(string separator, params ReadOnlySpan<string?> parts)
    {
        var builder = new StringBuilder();
        foreach (string? part in parts)
        {
            if (string.IsNullOrEmpty(part))
            {
                continue;
            }

            if (builder.Length > 0)
            {
                builder.Append(separator);
            }

            builder.Append(part);
        }

        return builder.ToString();
    }

    /// <summary>{ then each item on its own indented line, then }; nothing for no items.</summary>
    private static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    private static string Wrap(string start, string? value, string end = "") =>
        string.IsNullOrEmpty(value) ? string.Empty : start + value + end;

    private static string Indent(string value) => Wrap("  ", value.Replace("\n", "\n  ", StringComparison.Ordinal));
}
