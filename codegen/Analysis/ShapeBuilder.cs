using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// Turns selection sets into shapes: a record per selection set of an object type, an interface per fragment, and for
/// interface or union types a dispatching interface with one record per type that selects more than the interface,
/// plus a fallback record for every other type name.
/// </summary>
internal sealed partial class ShapeBuilder(Schema schema, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, TypeMapper types)
{
    private const string ResultSuffix = "Result";

    private readonly Dictionary<string, ShapeModel> _fragmentInterfaces = new(StringComparer.Ordinal);
    private List<ShapeModel> _shapes = [];

    /// <summary>The fragment interfaces and their nested interfaces, in the order they were built.</summary>
    public List<ShapeModel> FragmentShapes { get; } = [];

    public (ShapeModel Result, List<ShapeModel> Shapes) BuildOperation(string name, OperationDefinitionNode operation)
    {
        _shapes = [];
        ObjectType root = schema.GetRootType(operation.Operation)!;
        ShapeModel result = BuildRecord(name + ResultSuffix, root, root, operation.SelectionSet, [], isRoot: true);
        return (result, _shapes);
    }

    private ShapeModel FragmentInterface(string fragmentName)
    {
        if (_fragmentInterfaces.TryGetValue(fragmentName, out ShapeModel? existing))
        {
            return existing;
        }

        FragmentDefinitionNode fragment = fragments[fragmentName];
        NamedType type = schema.GetType(fragment.TypeCondition.Name.Value)!;
        List<ShapeModel> saved = _shapes;
        _shapes = FragmentShapes;
        ShapeModel shape = BuildInterface("I" + fragmentName, type, fragment.SelectionSet, [], register: shape => _fragmentInterfaces[fragmentName] = shape);
        _shapes = saved;
        return shape;
    }

    private ShapeModel BuildRecord(
        string name, NamedType owner, ObjectType? concrete, SelectionSetNode set, IReadOnlyList<ShapeModel> required, bool isRoot = false)
    {
        var shape = new ShapeModel(name, ShapeKind.Record, concrete?.Name ?? owner.Name, isRoot) { Description = owner.Description };
        _shapes.Add(shape);
        Collected collected = Collect(set, owner, concrete);
        AddInterfaces(shape, required, collected);
        AddFields(shape, collected, interfaceMode: false);
        return shape;
    }

    private ShapeModel BuildInterface(
        string name, NamedType owner, SelectionSetNode set, IReadOnlyList<ShapeModel> required, Action<ShapeModel>? register = null)
    {
        var shape = new ShapeModel(name, ShapeKind.Interface, owner.Name, isRoot: false) { Description = owner.Description };
        register?.Invoke(shape);
        _shapes.Add(shape);
        Collected collected = Collect(set, owner, owner as ObjectType);
        AddInterfaces(shape, required, collected);
        AddFields(shape, collected, interfaceMode: true);
        return shape;
    }

    private ShapeModel BuildDispatch(string name, NamedType abstractType, SelectionSetNode set, IReadOnlyList<ShapeModel> required)
    {
        var shape = new ShapeModel("I" + name, ShapeKind.Dispatch, abstractType.Name, isRoot: false) { Description = abstractType.Description };
        _shapes.Add(shape);
        Collected common = Collect(set, abstractType, concrete: null);
        AddInterfaces(shape, required, common);
        AddFields(shape, common, interfaceMode: true);

        foreach (ObjectType possible in schema.GetPossibleTypes(abstractType).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            Collected specific = Collect(set, possible, possible);
            if (!specific.SameAs(common))
            {
                shape.Concretes.Add(new(possible.Name, BuildRecord(name + "_" + possible.Name, possible, possible, set, [shape])));
            }
        }

        shape.Fallback = BuildRecord(name + "_Other", abstractType, concrete: null, set, [shape]);
        return shape;
    }

    private void AddInterfaces(ShapeModel shape, IReadOnlyList<ShapeModel> required, Collected collected)
    {
        foreach (ShapeModel shapeInterface in required.Concat(collected.Fragments.Select(FragmentInterface)))
        {
            if (!shape.Implements.Contains(shapeInterface) && shapeInterface != shape)
            {
                shape.Implements.Add(shapeInterface);
            }
        }
    }

    private void AddFields(ShapeModel shape, Collected collected, bool interfaceMode)
    {
        IReadOnlyList<ShapeModel> closure = shape.InterfaceClosure();
        foreach (FieldGroup group in collected.Fields)
        {
            IType type = group.Definition?.Type ?? new NonNullType(ScalarType.String);
            if (group.AlwaysConditional)
            {
                type = type.GetNullableType();
            }

            NamedType named = type.GetNamedType();
            string? nestedName = null;
            if (named.IsCompositeType())
            {
                // The data record's nested types are named after the operation: GetArticle_Article, not GetArticleResult_Article.
                string prefix = shape.IsRoot ? shape.Name[..^ResultSuffix.Length] : shape.Name;
                string baseName = prefix + "_" + Names.Pascal(group.ResponseName);
                var required = closure
                    .Select(i => i.FindField(group.ResponseName)?.Nested)
                    .OfType<ShapeModel>()
                    .Distinct()
                    .ToList();
                var merged = new SelectionSetNode(group.Nodes.SelectMany(n => n.SelectionSet?.Selections ?? []).ToList());
                ShapeModel nested;
                if (interfaceMode)
                {
                    nested = BuildInterface(baseName, named, merged, required);
                }
                else if (named is ObjectType objectType)
                {
                    nested = BuildRecord(baseName, objectType, objectType, merged, required);
                }
                else
                {
                    nested = BuildDispatch(baseName, named, merged, required);
                }

                nestedName = nested.Name;
                shape.Fields.Add(new ShapeField(
                    group.ResponseName, Names.Pascal(group.ResponseName), types.Output(type, nestedName), group.Definition?.Description,
                    group.Definition?.DeprecationReason) { Nested = nested });
            }
            else
            {
                shape.Fields.Add(new ShapeField(
                    group.ResponseName, Names.Pascal(group.ResponseName), types.Output(type, null), group.Definition?.Description,
                    group.Definition?.DeprecationReason));
            }
        }
    }
}
