using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Introspection;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Builds and validates the schema; throws <see cref="SchemaException"/> listing every problem.</summary>
    public Schema Build()
    {
        var state = new BuildState();
        CollectDefinitions(state);
        CreateNamedTypes(state);
        CreateDirectives(state);
        CheckExtensions(state);
        FillTypes(state);
        (ObjectType? query, ObjectType? mutation, ObjectType? subscription) = ResolveRootTypes(state);
        CheckAppliedDirectives(state);

        if (state.Errors.Count > 0 || query is null)
        {
            throw new SchemaException(state.Errors);
        }

        var types = new List<NamedType>(state.TypeOrder.Count + 13);
        types.AddRange(state.TypeOrder);
        AddReferencedBuiltInScalars(state, types);
        types.AddRange(IntrospectionTypes.All);

        var directives = new List<DirectiveDefinition>(BuiltInDirectives.All.Count + state.DirectiveOrder.Count);
        directives.AddRange(BuiltInDirectives.All);
        directives.AddRange(state.DirectiveOrder);

        var schema = new Schema(state.SchemaDescription, query!, mutation, subscription, types, directives)
        {
            AstNode = state.SchemaDefinition,
            ExtensionAstNodes = state.SchemaExtensions,
            Directives = CollectSchemaDirectives(state),
        };

        var validationErrors = new List<GraphQLError>();
        SchemaValidator.Validate(schema, validationErrors);
        if (!_skipBindingChecks)
        {
            ApplyBindings(schema, validationErrors);
        }

        if (validationErrors.Count > 0)
        {
            throw new SchemaException(validationErrors);
        }

        return schema;
    }

    private void CollectDefinitions(BuildState state)
    {
        foreach (DocumentNode document in _documents)
        {
            foreach (DefinitionNode definition in document.Definitions)
            {
                switch (definition)
                {
                    case TypeDefinitionNode typeDefinition:
                        state.TypeDefinitions.Add(typeDefinition);
                        break;
                    case TypeExtensionNode extension:
                        state.TypeExtensions.Add(extension);
                        break;
                    case SchemaDefinitionNode schemaDefinition:
                        if (state.SchemaDefinition is not null)
                        {
                            state.Errors.Add(Error(ErrorMessages.OnlyOneSchemaDefinition(), schemaDefinition));
                        }
                        else
                        {
                            state.SchemaDefinition = schemaDefinition;
                        }

                        break;
                    case SchemaExtensionNode schemaExtension:
                        state.SchemaExtensions.Add(schemaExtension);
                        break;
                    case DirectiveDefinitionNode directiveDefinition:
                        state.DirectiveDefinitions.Add(directiveDefinition);
                        break;
                    default:
                        state.Errors.Add(Error(ErrorMessages.NonTypeSystemDefinition(), definition));
                        break;
                }
            }
        }
    }

    private void CreateNamedTypes(BuildState state)
    {
        foreach (ScalarType builtIn in ScalarType.BuiltIns)
        {
            state.Types[builtIn.Name] = builtIn;
        }

        foreach (NamedType introspectionType in IntrospectionTypes.All)
        {
            state.Types[introspectionType.Name] = introspectionType;
        }

        foreach (TypeDefinitionNode definition in state.TypeDefinitions)
        {
            string name = definition.Name.Value;
            if (state.Types.TryGetValue(name, out NamedType? existing))
            {
                if (existing.IsBuiltIn && existing is ScalarType && definition is ScalarTypeDefinitionNode)
                {
                    // As graphql-js does, a definition of a built-in scalar means the built-in one.
                    continue;
                }

                state.Errors.Add(existing.IsBuiltIn
                    ? Error(ErrorMessages.TypeAlreadyExists(name), definition.Name)
                    : Error(ErrorMessages.DuplicateTypeName(name), existing.AstNode?.Name, definition.Name));
                continue;
            }

            string? description = definition.Description?.Value;
            NamedType type = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name, description),
                InterfaceTypeDefinitionNode => new InterfaceType(name, description),
                UnionTypeDefinitionNode => new UnionType(name, description),
                EnumTypeDefinitionNode => new EnumType(name, description),
                InputObjectTypeDefinitionNode => new InputObjectType(name, description),
                _ => CreateScalar(name, description),
            };
            type.AstNode = definition;
            state.Types[name] = type;
            state.TypeOrder.Add(type);
        }
    }

    private ScalarType CreateScalar(string name, string? description)
    {
        if (_scalarInstances.TryGetValue(name, out ScalarType? instance))
        {
            if (description is not null)
            {
                instance.Description = description;
            }

            return instance;
        }

        var scalar = new ScalarType(name, description);
        if (_scalarCoercions.TryGetValue(name, out ScalarCoercion? coercion))
        {
            scalar.Coercion = coercion;
        }

        return scalar;
    }

    private static void CreateDirectives(BuildState state)
    {
        foreach (DirectiveDefinition builtIn in BuiltInDirectives.All)
        {
            state.Directives[builtIn.Name] = builtIn;
        }

        foreach (DirectiveDefinitionNode definition in state.DirectiveDefinitions)
        {
            string name = definition.Name.Value;
            if (state.Directives.TryGetValue(name, out DirectiveDefinition? existing))
            {
                state.Errors.Add(existing.IsBuiltIn
                    ? Error(ErrorMessages.DirectiveAlreadyExists(name), definition.Name)
                    : Error(ErrorMessages.DuplicateDirectiveName(name), existing.AstNode?.Name, definition.Name));
                continue;
            }

            DirectiveLocation locations = DirectiveLocation.None;
            var locationList = new List<DirectiveLocation>();
            foreach (NameNode locationName in definition.Locations)
            {
                if (DirectiveLocations.TryParse(locationName.Value, out DirectiveLocation location))
                {
                    if ((locations & location) == 0)
                    {
                        locationList.Add(location);
                    }

                    locations |= location;
                }
                else
                {
                    state.Errors.Add(Error(ErrorMessages.UnknownDirectiveLocation(locationName.Value), locationName));
                }
            }

            var directive = new DirectiveDefinition(name, locations, definition.Repeatable, definition.Description?.Value)
            {
                AstNode = definition,
                LocationList = locationList,
            };
            state.Directives[name] = directive;
            state.DirectiveOrder.Add(directive);
        }
    }

    private static void CheckExtensions(BuildState state)
    {
        foreach (TypeExtensionNode extension in state.TypeExtensions)
        {
            string name = extension.Name.Value;
            if (!state.Types.TryGetValue(name, out NamedType? type) || type.IsBuiltIn)
            {
                state.Errors.Add(Error(ErrorMessages.CannotExtendUndefinedType(name), extension.Name));
                continue;
            }

            bool matches = (extension, type) switch
            {
                (ObjectTypeExtensionNode, ObjectType) => true,
                (InterfaceTypeExtensionNode, InterfaceType) => true,
                (UnionTypeExtensionNode, UnionType) => true,
                (EnumTypeExtensionNode, EnumType) => true,
                (InputObjectTypeExtensionNode, InputObjectType) => true,
                (ScalarTypeExtensionNode, ScalarType) => true,
                _ => false,
            };

            if (!matches)
            {
                state.Errors.Add(Error(ErrorMessages.CannotExtendWrongKind(KindName(type), name), type.AstNode, extension));
                continue;
            }

            type.AddExtensionAstNode(extension);
        }
    }

    private static string KindName(NamedType type) => type switch
    {
        ObjectType => "object",
        InterfaceType => "interface",
        UnionType => "union",
        EnumType => "enum",
        InputObjectType => "input object",
        _ => "scalar",
    };

    private sealed class BuildState
    {
        public List<GraphQLError> Errors { get; } = [];

        public List<TypeDefinitionNode> TypeDefinitions { get; } = [];

        public List<TypeExtensionNode> TypeExtensions { get; } = [];

        public List<DirectiveDefinitionNode> DirectiveDefinitions { get; } = [];

        public SchemaDefinitionNode? SchemaDefinition { get; set; }

        public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

        public Dictionary<string, NamedType> Types { get; } = new(StringComparer.Ordinal);

        public List<NamedType> TypeOrder { get; } = [];

        public Dictionary<string, DirectiveDefinition> Directives { get; } = new(StringComparer.Ordinal);

        public List<DirectiveDefinition> DirectiveOrder { get; } = [];

        public string? SchemaDescription => SchemaDefinition?.Description?.Value;

        /// <summary>Every applied directive with the location it was applied at, checked once all directives are known.</summary>
        public List<(IReadOnlyList<DirectiveNode> Directives, DirectiveLocation Location)> AppliedDirectives { get; } = [];
    }
}
