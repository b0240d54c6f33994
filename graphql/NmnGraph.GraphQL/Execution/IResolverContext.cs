using NmnGraph.GraphQL.Language;
using NmnGraph.GraphQL.Types;

namespace NmnGraph.GraphQL.Execution;

/// <summary>What a resolver sees of the field it resolves and of the request (spec #sec-Executing-Fields).</summary>
public interface IResolverContext
{
    /// <summary>The value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The parent value cast to <typeparamref name="T"/>.</summary>
    T ParentAs<T>();

    Schema Schema { get; }

    /// <summary>The object type whose field is being resolved.</summary>
    ObjectType ParentType { get; }

    OutputField Field { get; }

    /// <summary>The first field node of the merged selections for this response key.</summary>
    FieldNode FieldSelection { get; }

    /// <summary>All field nodes merged into this response key (spec #sec-Field-Collection).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    string ResponseName { get; }

    ResponsePath Path { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>
    /// The coerced argument values (spec #sec-Coercing-Field-Arguments): an argument that was neither given
    /// nor has a default is absent.
    /// </summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The coerced argument converted to <typeparamref name="T"/>; throws when it is absent or null and T is not nullable.</summary>
    T Argument<T>(string name);

    /// <summary>The coerced argument converted to <typeparamref name="T"/>, or <paramref name="defaultValue"/> when absent or null.</summary>
    T ArgumentOrDefault<T>(string name, T defaultValue = default!);

    /// <summary>True when the argument has a value (given in the document, by a variable, or by its default).</summary>
    bool HasArgument(string name);

    /// <summary>
    /// Whether this field's selection set selects a field named <paramref name="fieldName"/>, with fragments and
    /// <c>@skip</c>/<c>@include</c> applied, so a resolver can leave out work nobody asked for (e.g. a total count).
    /// Always true when the field's type is an interface or union: which fields run depends on the value.
    /// </summary>
    bool Selects(string fieldName);

    /// <summary>The request's cancellation token (cancelled on abort or timeout).</summary>
    CancellationToken RequestAborted { get; }

    IServiceProvider? Services { get; }

    /// <summary>Per-request state shared by all resolvers of the request (DataLoaders live here).</summary>
    IDictionary<string, object?> ContextData { get; }

    /// <summary>
    /// A per-request item created on first use, thread-safe: the hook for per-request DataLoaders,
    /// e.g. <c>ctx.GetOrAddRequestItem("studies", _ =&gt; new StudyLoader(db))</c>.
    /// </summary>
    T GetOrAddRequestItem<T>(string key, Func<string, T> factory)
        where T : class;
}
