namespace NmnGraph.Client.Serialization;

/// <summary>The untyped face of a <see cref="ScalarSerializer{T}"/>, for the <see cref="ScalarRegistry"/>.</summary>
public interface IScalarSerializer
{
    /// <summary>The GraphQL scalar's name, e.g. <c>Date</c>.</summary>
    string TypeName { get; }

    /// <summary>The C# type results use for it, e.g. <see cref="DateOnly"/>.</summary>
    Type ClientType { get; }
}
