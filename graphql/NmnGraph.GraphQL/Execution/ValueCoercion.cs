using System.Collections;
using System.Text;
using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Input coercion (spec #sec-Coercing-Variable-Values, #sec-Coercing-Field-Arguments, #sec-Input-Coercion):
/// variable values from JSON, literals with variables, defaults, non-null and OneOf checks. graphql-js wording.
/// </summary>
public static class ValueCoercion
{
    /// <summary>Coerces the request's variable values; an absent variable without default is left out of the result.</summary>
    public static Dictionary<string, object?> CoerceVariableValues(
        Schema schema,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?>? inputs,
        List<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(errors);
        var coerced = new Dictionary<string, object?>(operation.VariableDefinitions.Count, StringComparer.Ordinal);
        foreach (VariableDefinitionNode definition in operation.VariableDefinitions)
        {
            string name = definition.Variable.Name.Value;
            IType? type = schema.GetTypeFromAst(definition.Type);
            if (type is null || !type.IsInputType())
            {
                errors.Add(Located(ErrorMessages.VariableNotInputType(name, PrintTypeNode(definition.Type)), definition.Type));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out object? value))
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, type, null, out object? coercedDefault))
                    {
                        coerced[name] = coercedDefault;
                    }
                }
                else if (type is NonNullType)
                {
                    errors.Add(Located(ErrorMessages.VariableNotProvided(name, type.ToString()!), definition));
                }

                continue;
            }

            if (value is JsonElement element)
            {
                value = JsonValues.FromElement(element);
            }

            if (value is null && type is NonNullType)
            {
                errors.Add(Located(ErrorMessages.VariableMustNotBeNull(name, type.ToString()!), definition));
                continue;
            }

            int errorCount = errors.Count;
            object? result = CoerceInputValue(value, type, [], (path, invalid, message) =>
            {
                var prefix = new StringBuilder(ErrorMessages.VariableInvalidValuePrefix(name, ValueFormatter.Inspect(invalid)));
                if (path.Count > 0)
                {
                    prefix.Append(" at \"").Append(name);
                    foreach (object segment in path)
                    {
                        prefix.Append(segment is int index ? "[" + index + "]" : "." + segment);
                    }

                    prefix.Append('"');
                }

                errors.Add(Located(prefix.Append("; ").Append(message).ToString(), definition));
            });

            if (errors.Count == errorCount)
            {
                coerced[name] = result;
            }
        }

        return coerced;
    }

    /// <summary>Coerces a JSON-shaped value to an input type, reporting each problem with its path.</summary>
    public static object? CoerceInputValue(object? value, IType type, List<object> path, Action<IReadOnlyList<object>, object?, string> onError)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(onError);
        if (type is NonNullType nonNull)
        {
            if (value is null)
            {
                onError(path.ToArray(), value, ErrorMessages.ExpectedNonNullable(type.ToString()!));
                return null;
            }

            return CoerceInputValue(value, nonNull.OfType, path, onError);
        }

        if (value is null)
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (IsList(value))
                {
                    var items = new List<object?>();
                    int index = 0;
                    foreach (object? item in (IEnumerable)value)
                    {
                        path.Add(index);
                        items.Add(CoerceInputValue(item, list.OfType, path, onError));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return items;
                }

                return new List<object?>(1) { CoerceInputValue(value, list.OfType, path, onError) };
            case InputObjectType input:
                return CoerceInputObject(value, input, path, onError);
            case ScalarType scalar:
                try
                {
                    object? parsed = scalar.ParseValue(value);
                    if (parsed is null)
                    {
                        onError(path.ToArray(), value, ErrorMessages.ExpectedType(scalar.Name));
                    }

                    return parsed;
                }
                catch (GraphQLException exception)
                {
                    onError(path.ToArray(), value, exception.Message);
                    return null;
                }
                catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    onError(path.ToArray(), value, ErrorMessages.ExpectedType(scalar.Name) + " " + exception.Message);
                    return null;
                }

            case EnumType enumType:
                try
                {
                    return enumType.ParseValue(value);
                }
                catch (GraphQLException exception)
                {
                    onError(path.ToArray(), value, exception.Message);
                    return null;
                }

            default:
                onError(path.ToArray(), value, ErrorMessages.ExpectedType(type.ToString()!));
                return null;
        }
    }

    private static Dictionary<string, object?>? CoerceInputObject(object value, InputObjectType input, List<object> path, Action<IReadOnlyList<object>, object?, string> onError)
    {
        IEnumerable<KeyValuePair<string, object?>>? entries = value switch
        {
            IReadOnlyDictionary<string, object?> map => map,
            IDictionary<string, object?> map => map,
            _ => null,
        };

        if (entries is null)
        {
            onError(path.ToArray(), value, ErrorMessages.ExpectedObject(input.Name));
            return null;
        }

        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, object?> entry in entries)
        {
            given[entry.Key] = entry.Value;
        }

        var coerced = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (InputValue field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out object? fieldValue))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, field.Type, null, out object? coercedDefault))
                    {
                        coerced[field.Name] = coercedDefault;
                    }
                }
                else if (field.Type is NonNullType)
                {
                    onError(path.ToArray(), value, ErrorMessages.InputFieldNotProvided(field.Name, field.Type.ToString()!));
                }

                continue;
            }

            path.Add(field.Name);
            coerced[field.Name] = CoerceInputValue(fieldValue, field.Type, path, onError);
            path.RemoveAt(path.Count - 1);
        }

        foreach (string key in given.Keys)
        {
            if (!input.Fields.ContainsName(key))
            {
                onError(path.ToArray(), value, ErrorMessages.InputFieldNotDefined(key, input.Name) + Validation.Suggestions.DidYouMean(Validation.Suggestions.List(key, input.Fields.Select(f => f.Name))));
            }
        }

        if (input.IsOneOf)
        {
            if (given.Count != 1)
            {
                onError(path.ToArray(), value, ErrorMessages.OneOfExactlyOneKey(input.Name));
            }
            else
            {
                foreach (KeyValuePair<string, object?> entry in given)
                {
                    if (entry.Value is null)
                    {
                        onError(path.ToArray(), value, ErrorMessages.OneOfFieldNonNull(entry.Key));
                    }
                }
            }
        }

        return coerced;
    }

    private static bool IsList(object value) =>
        value is IEnumerable and not string and not IDictionary and not IReadOnlyDictionary<string, object?> and not IDictionary<string, object?>;

    /// <summary>
    /// Coerces the arguments of a field or directive (spec #sec-Coercing-Field-Arguments); throws a
    /// <see cref="GraphQLException"/> located at the offending node when a value is missing or invalid.
    /// </summary>
    public static Dictionary<string, object?> CoerceArgumentValues(
        FieldCollection<InputValue> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables,
        SyntaxNode ownerNode)
    {
        ArgumentNullException.ThrowIfNull(definitions);
        ArgumentNullException.ThrowIfNull(arguments);
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (InputValue definition in definitions)
        {
            ArgumentNode? argument = null;
            for (int i = 0; i < arguments.Count; i++)
            {
                if (string.Equals(arguments[i].Name.Value, definition.Name, StringComparison.Ordinal))
                {
                    argument = arguments[i];
                    break;
                }
            }

            if (argument is null)
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, definition.Type, null, out object? coercedDefault))
                    {
                        coerced[definition.Name] = coercedDefault;
                    }
                }
                else if (definition.Type is NonNullType)
                {
                    throw new GraphQLException(Located(ErrorMessages.ArgumentNotProvided(definition.Name, definition.Type.ToString()!), ownerNode));
                }

                continue;
            }

            ValueNode valueNode = argument.Value;
            if (valueNode is VariableNode variable)
            {
                string variableName = variable.Name.Value;
                if (variables is null || !variables.TryGetValue(variableName, out object? variableValue))
                {
                    if (definition.DefaultValue is { } defaultValue)
                    {
                        if (TryValueFromAst(defaultValue, definition.Type, null, out object? coercedDefault))
                        {
                            coerced[definition.Name] = coercedDefault;
                        }
                    }
                    else if (definition.Type is NonNullType)
                    {
                        throw new GraphQLException(Located(ErrorMessages.ArgumentVariableNotProvided(definition.Name, definition.Type.ToString()!, variableName), valueNode));
                    }

                    continue;
                }

                if (variableValue is null && definition.Type is NonNullType)
                {
                    throw new GraphQLException(Located(ErrorMessages.ArgumentMustNotBeNull(definition.Name, definition.Type.ToString()!), valueNode));
                }

                coerced[definition.Name] = variableValue;
                continue;
            }

            if (valueNode is NullValueNode && definition.Type is NonNullType)
            {
                throw new GraphQLException(Located(ErrorMessages.ArgumentMustNotBeNull(definition.Name, definition.Type.ToString()!), valueNode));
            }

            if (!TryValueFromAst(valueNode, definition.Type, variables, out object? value))
            {
                throw new GraphQLException(Located(ErrorMessages.ArgumentInvalidValue(definition.Name, ValueFormatter.Print(valueNode)), valueNode));
            }

            coerced[definition.Name] = value;
        }

        return coerced;
    }

    /// <summary>
    /// Coerces a literal to a type (graphql-js <c>valueFromAST</c>); false when the literal is invalid.
    /// Variables come from <paramref name="variables"/> (already coerced).
    /// </summary>
    public static bool TryValueFromAst(ValueNode valueNode, IType type, IReadOnlyDictionary<string, object?>? variables, out object? result)
    {
        result = null;
        if (valueNode is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out object? variableValue))
            {
                return false;
            }

            if (variableValue is null && type is NonNullType)
            {
                return false;
            }

            result = variableValue;
            return true;
        }

        if (type is NonNullType nonNull)
        {
            return valueNode is not NullValueNode && TryValueFromAst(valueNode, nonNull.OfType, variables, out result);
        }

        if (valueNode is NullValueNode)
        {
            return true;
        }

        switch (type)
        {
            case ListType list:
                if (valueNode is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (ValueNode itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            if (list.OfType is NonNullType)
                            {
                                return false;
                            }

                            items.Add(null);
                            continue;
                        }

                        if (!TryValueFromAst(itemNode, list.OfType, variables, out object? item))
                        {
                            return false;
                        }

                        items.Add(item);
                    }

                    result = items;
                    return true;
                }

                if (!TryValueFromAst(valueNode, list.OfType, variables, out object? single))
                {
                    return false;
                }

                result = new List<object?>(1) { single };
                return true;
            case InputObjectType input:
                return TryInputObjectFromAst(valueNode, input, variables, out result);
            case EnumType enumType:
                try
                {
                    result = enumType.ParseLiteral(valueNode);
                    return true;
                }
                catch (GraphQLException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    ValueNode literal = ReplaceVariables(valueNode, variables);
                    result = scalar.ParseLiteral(literal);
                    return result is not null;
                }
                catch (GraphQLException)
                {
                    return false;
                }
                catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    return false;
                }

            default:
                return false;
        }
    }

    private static bool TryInputObjectFromAst(ValueNode valueNode, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? result)
    {
        result = null;
        if (valueNode is not ObjectValueNode objectNode)
        {
            return false;
        }

        var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
        foreach (ObjectFieldNode fieldNode in objectNode.Fields)
        {
            if (!input.Fields.ContainsName(fieldNode.Name.Value))
            {
                return false;
            }

            given[fieldNode.Name.Value] = fieldNode;
        }

        var coerced = new Dictionary<string, object?>(input.Fields.Count, StringComparer.Ordinal);
        foreach (InputValue field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out ObjectFieldNode? fieldNode) || IsMissingVariable(fieldNode.Value, variables))
            {
                if (field.DefaultValue is { } defaultValue)
                {
                    if (TryValueFromAst(defaultValue, field.Type, null, out object? coercedDefault))
                    {
                        coerced[field.Name] = coercedDefault;
                    }
                }
                else if (field.Type is NonNullType)
                {
                    return false;
                }

                continue;
            }

            if (!TryValueFromAst(fieldNode.Value, field.Type, variables, out object? fieldValue))
            {
                return false;
            }

            coerced[field.Name] = fieldValue;
        }

        if (input.IsOneOf)
        {
            // A member given as a variable without a runtime value leaves no entry (spec #sec-OneOf-Input-Objects).
            if (given.Count != 1 || coerced.Count != 1)
            {
                return false;
            }

            foreach (KeyValuePair<string, object?> entry in coerced)
            {
                if (entry.Value is null)
                {
                    return false;
                }
            }
        }

        result = coerced;
        return true;
    }

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode variable && (variables is null || !variables.ContainsKey(variable.Name.Value));

    /// <summary>Custom scalars parse whole literals; variables nested inside them are replaced by their values first.</summary>
    private static ValueNode ReplaceVariables(ValueNode node, IReadOnlyDictionary<string, object?>? variables) => node switch
    {
        VariableNode variable => variables is not null && variables.TryGetValue(variable.Name.Value, out object? value)
            ? PlainValueToLiteral(value)
            : new NullValueNode(),
        ListValueNode list => ContainsVariable(list) ? new ListValueNode([.. list.Values.Select(v => ReplaceVariables(v, variables))], list.Location) : list,
        ObjectValueNode obj => ContainsVariable(obj)
            ? new ObjectValueNode([.. obj.Fields.Select(f => new ObjectFieldNode(f.Name, ReplaceVariables(f.Value, variables), f.Location))], obj.Location)
            : obj,
        _ => node,
    };

    internal static bool ContainsVariable(ValueNode node) => node switch
    {
        VariableNode => true,
        ListValueNode list => list.Values.Any(ContainsVariable),
        ObjectValueNode obj => obj.Fields.Any(f => ContainsVariable(f.Value)),
        _ => false,
    };

    private static ValueNode PlainValueToLiteral(object? value) => value switch
    {
        null => new NullValueNode(),
        bool flag => new BooleanValueNode(flag),
        string text => new StringValueNode(text, false),
        int or long or short or byte => new IntValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        double or float or decimal => new FloatValueNode(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!),
        IReadOnlyDictionary<string, object?> map => new ObjectValueNode([.. map.Select(p => new ObjectFieldNode(new NameNode(p.Key), PlainValueToLiteral(p.Value)))]),
        IEnumerable items => new ListValueNode([.. items.Cast<object?>().Select(PlainValueToLiteral)]),
        _ => new StringValueNode(value.ToString() ?? string.Empty, false),
    };

    internal static string PrintTypeNode(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintTypeNode(list.Type) + "]",
        NonNullTypeNode nonNull => PrintTypeNode(nonNull.Type) + "!",
        _ => "?",
    };

    internal static GraphQLError Located(string message, SyntaxNode? node) =>
        new(message, node?.Location is { } location ? [location.StartLocation] : null);
}
