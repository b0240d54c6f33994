using NmnGraph.GraphQL.Language;

namespace NmnGraph.Codegen.Analysis;

/// <summary>One named operation: its document as sent, its variables and the shapes of its result.</summary>
public sealed record OperationModel(
    string Name,
    OperationType Kind,
    string Document,
    IReadOnlyList<VariableModel> Variables,
    ShapeModel Result,
    IReadOnlyList<ShapeModel> Shapes)
{
    public string ClassName => Name + Kind switch
    {
        OperationType.Mutation => "Mutation",
        OperationType.Subscription => "Subscription",
        _ => "Query",
    };

    public string VariablesName => Name + "Variables";
}
