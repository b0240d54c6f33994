using System.Collections;
using System.Reflection;
using System.Text.Json;
using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    private void ApplyBindings(Schema schema, List<GraphQLError> errors)
    {
        foreach (KeyValuePair<string, FieldResolver> binding in _resolvers)
        {
            if (FindBoundField(schema, binding.Key, errors) is { } field)
            {
                field.Resolver = binding.Value;
                field.Reader = _readers.GetValueOrDefault(binding.Key);
                field.ValueReader = _valueReaders.GetValueOrDefault(binding.Key);
                field.HasAsyncResolver = _asyncResolvers.Contains(binding.Key);
            }
        }

        foreach (KeyValuePair<string, SubscribeResolver> binding in _subscribers)
        {
            if (FindBoundField(schema, binding.Key, errors) is { } field)
            {
                field.Subscriber = binding.Value;
                field.HasAsyncResolver = true;
            }
        }

        foreach (KeyValuePair<string, Type> binding in _runtimeTypes)
        {
            switch (schema.GetType(binding.Key))
            {
                case null:
                    errors.Add(new GraphQLError(ErrorMessages.BindingToUnknownType("A CLR type", binding.Key)));
                    break;
                case ObjectType obj when !obj.IsBuiltIn:
                    obj.RuntimeType = binding.Value;
                    break;
                default:
                    errors.Add(new GraphQLError(ErrorMessages.BindingToWrongKind("A CLR type", binding.Key, "an object type")));
                    break;
            }
        }

        CheckScalarBindings(schema, errors, _scalarCoercions.Keys);
        CheckScalarBindings(schema, errors, _scalarInstances.Keys);

        foreach (KeyValuePair<string, IReadOnlyDictionary<string, object>> binding in _enumValues)
        {
            if (schema.GetType(binding.Key) is not EnumType enumType || enumType.IsBuiltIn)
            {
                errors.Add(new GraphQLError(schema.GetType(binding.Key) is null
                    ? ErrorMessages.BindingToUnknownType("An enum mapping", binding.Key)
                    : ErrorMessages.BindingToWrongKind("An enum mapping", binding.Key, "an enum type")));
                continue;
            }

            foreach (KeyValuePair<string, object> value in binding.Value)
            {
                // CLR enum mappings offer each member under two spellings; only the values they name must exist.
                if (!enumType.Values.ContainsName(value.Key) && value.Value is not Enum)
                {
                    errors.Add(new GraphQLError(ErrorMessages.BindingToUnknownEnumValue(enumType.Name, value.Key)));
                }
            }
        }

        foreach (KeyValuePair<string, TypeResolver> binding in _typeResolvers)
        {
            switch (schema.GetType(binding.Key))
            {
                case InterfaceType iface:
                    iface.ResolveType = binding.Value;
                    break;
                case UnionType union:
                    union.ResolveType = binding.Value;
                    break;
                case null:
                    errors.Add(new GraphQLError(ErrorMessages.BindingToUnknownType("A type resolver", binding.Key)));
                    break;
                default:
                    errors.Add(new GraphQLError(ErrorMessages.BindingToWrongKind("A type resolver", binding.Key, "an interface or union type")));
                    break;
            }
        }

        AssignDefaultResolvers(schema, errors);
    }

    private static void CheckScalarBindings(Schema schema, List<GraphQLError> errors, IEnumerable<string> names)
    {
        foreach (string name in names)
        {
            NamedType? type = schema.GetType(name);
            if (type is null)
            {
                errors.Add(new GraphQLError(ErrorMessages.BindingToUnknownType("A scalar", name)));
            }
            else if (type is not ScalarType || type.IsBuiltIn)
            {
                errors.Add(new GraphQLError(ErrorMessages.BindingToWrongKind("A scalar", name, "a custom scalar type")));
            }
        }
    }

    private static OutputField? FindBoundField(Schema schema, string coordinate, List<GraphQLError> errors)
    {
        int dot = coordinate.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && schema.GetType(coordinate[..dot]) is ComplexOutputType type && !type.IsBuiltIn
            && type.Fields.Find(coordinate[(dot + 1)..]) is { } field)
        {
            if (type is InterfaceType)
            {
                errors.Add(new GraphQLError(ErrorMessages.BindingToInterfaceField(coordinate)));
                return null;
            }

            return field;
        }

        errors.Add(new GraphQLError(ErrorMessages.BindingToUnknownField(coordinate)));
        return null;
    }

    private void AssignDefaultResolvers(Schema schema, List<GraphQLError> errors)
    {
        foreach (NamedType type in schema.Types)
        {
            if (type is not ObjectType obj || obj.IsBuiltIn)
            {
                continue;
            }

            bool isSubscriptionRoot = ReferenceEquals(obj, schema.SubscriptionType);
            foreach (OutputField field in obj.Fields)
            {
                if (isSubscriptionRoot && field.Subscriber is null && _requireExplicitResolvers)
                {
                    errors.Add(new GraphQLError(ErrorMessages.SubscriptionWithoutSource(field.Coordinate)));
                }

                if (field.Resolver is not null)
                {
                    continue;
                }

                // A subscription field with a source stream resolves each event itself by default.
                if (!(isSubscriptionRoot && field.Subscriber is not null))
                {
                    if (obj.RuntimeType is { } runtimeType)
                    {
                        if (!CanServe(runtimeType, field.Name))
                        {
                            errors.Add(new GraphQLError(ErrorMessages.UnservedFieldProperty(field.Coordinate, runtimeType.Name)));
                        }
                    }
                    else if (_requireExplicitResolvers)
                    {
                        errors.Add(new GraphQLError(ErrorMessages.UnservedField(field.Coordinate)));
                    }
                }

                field.Resolver = DefaultFieldResolver.For(field.Name);
                field.Reader = DefaultFieldResolver.ReaderFor(field.Name);
            }
        }
    }

    /// <summary>True when the default resolver can read <paramref name="fieldName"/> from values of <paramref name="runtimeType"/>.</summary>
    private static bool CanServe(Type runtimeType, string fieldName)
    {
        if (runtimeType == typeof(JsonElement)
            || typeof(IDictionary).IsAssignableFrom(runtimeType)
            || typeof(IReadOnlyDictionary<string, object?>).IsAssignableFrom(runtimeType)
            || typeof(IDictionary<string, object?>).IsAssignableFrom(runtimeType))
        {
            return true;
        }

        return DefaultFieldResolver.FindMember(runtimeType, fieldName) is not null;
    }
}
