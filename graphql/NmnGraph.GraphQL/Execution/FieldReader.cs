namespace NmnGraph.GraphQL.Execution;

/// <summary>
/// Reads a field's value from its parent value alone, synchronously: a property, a dictionary entry, a projection.
/// The executor resolves such a field without a resolver context or a task (see <see cref="Types.OutputField.Reader"/>).
/// </summary>
public delegate object? FieldReader(object? parent);
