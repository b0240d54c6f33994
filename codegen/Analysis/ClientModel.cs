namespace NmnGraph.Codegen.Analysis;

/// <summary>Everything the emitters need: the operations with their result shapes, and the schema types they use.</summary>
public sealed record ClientModel(
    string Namespace,
    string ClientName,
    IReadOnlyList<OperationModel> Operations,
    IReadOnlyList<ShapeModel> FragmentInterfaces,
    IReadOnlyList<InputModel> Inputs,
    IReadOnlyList<EnumModel> Enums);
