using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Execution;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL (spec #sec-Type-System) and binds resolvers to it by schema coordinate:
/// <code>
/// Schema schema = SchemaBuilder.FromSdl(sdl)
///     .Bind("Query.article", ctx =&gt; store.FindArticle(ctx.Argument&lt;string&gt;("id")))
///     .BindType&lt;Article&gt;("Article")
///     .ResolveType("Node", (value, ctx) =&gt; value is Article ? "Article" : "Study")
///     .Build();
/// </code>
/// <see cref="Build"/> validates the schema (graphql-js <c>validateSchema</c>) and the bindings, and throws a
/// <see cref="SchemaException"/> listing every problem.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly List<DocumentNode> _documents = [];
    private readonly Dictionary<string, FieldResolver> _resolvers = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asyncResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldReader> _readers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ValueReader> _valueReaders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SubscribeResolver> _subscribers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Type> _runtimeTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarCoercion> _scalarCoercions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScalarType> _scalarInstances = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object>> _enumValues = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private bool _requireExplicitResolvers;
    private bool _skipBindingChecks;

    public SchemaBuilder()
    {
    }

    /// <summary>Starts a builder from a parsed SDL document.</summary>
    public static SchemaBuilder FromDocument(DocumentNode document) => new SchemaBuilder().AddDocument(document);

    /// <summary>Adds type-system definitions and extensions; several documents behave like one.</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _documents.Add(document);
        return this;
    }

    /// <summary>Binds a resolver to a field by coordinate, e.g. <c>"Article.claims"</c>.</summary>
    public SchemaBuilder Bind(string coordinate, FieldResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[coordinate] = resolver;
        _asyncResolvers.Remove(coordinate);
        _readers.Remove(coordinate);
        _valueReaders.Remove(coordinate);
        return this;
    }

    /// <summary>
    /// Binds a field that reads its value from the parent alone, e.g. <c>.BindReader&lt;Article&gt;("Article.title", a =&gt; a.Title)</c>.
    /// The executor calls it without allocating a resolver context: the fastest binding for a field without arguments.
    /// A reader only reads: when a value it is part of fails, the executor may read it again to report the error.
    /// </summary>
    public SchemaBuilder BindReader<TParent>(string coordinate, Func<TParent, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        Bind(coordinate, ctx => new ValueTask<object?>(read((TParent)ctx.Parent!)));
        _readers[coordinate] = parent => read((TParent)parent!);
        return this;
    }

    /// <summary>Binds a reader of an <c>int</c> value: written as JSON without boxing (see <see cref="BindReader{TParent}(string, Func{TParent, object?})"/>).</summary>
    public SchemaBuilder BindReader<TParent>(string coordinate, Func<TParent, int> read) => BindValueReader(coordinate, read);

    /// <summary>Binds a reader of a <c>long</c> value: written as JSON without boxing.</summary>
    public SchemaBuilder BindReader<TParent>(string coordinate, Func<TParent, long> read) => BindValueReader(coordinate, read);

    /// <summary>Binds a reader of a <c>double</c> value: written as JSON without boxing.</summary>
    public SchemaBuilder BindReader<TParent>(string coordinate, Func<TParent, double> read) => BindValueReader(coordinate, read);

    /// <summary>Binds a reader of a <c>bool</c> value: written as JSON without boxing.</summary>
    public SchemaBuilder BindReader<TParent>(string coordinate, Func<TParent, bool> read) => BindValueReader(coordinate, read);

    private SchemaBuilder BindValueReader<TParent, TValue>(string coordinate, Func<TParent, TValue> read)
        where TValue : struct
    {
        ArgumentNullException.ThrowIfNull(read);
        BindReader<TParent>(coordinate, parent => read(parent));
        _valueReaders[coordinate] = new ValueReader<TParent, TValue>(read);
        return this;
    }

    /// <summary>Binds a synchronous resolver; it runs without allocating a task.</summary>
    public SchemaBuilder Bind(string coordinate, Func<IResolverContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Bind(coordinate, ctx => new ValueTask<object?>(resolver(ctx)));
    }

    /// <summary>Binds an asynchronous resolver returning a <see cref="Task{TResult}"/>.</summary>
    public SchemaBuilder BindAsync<T>(string coordinate, Func<IResolverContext, Task<T>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        Bind(coordinate, ctx => AwaitAsObject(resolver(ctx)));
        _asyncResolvers.Add(coordinate);
        return this;
    }

    /// <summary>Binds the source stream of a subscription field and, optionally, the resolver that maps each event.</summary>
    public SchemaBuilder BindSubscription(string coordinate, Func<IResolverContext, IAsyncEnumerable<object?>> subscribe, FieldResolver? resolve = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(coordinate);
        ArgumentNullException.ThrowIfNull(subscribe);
        _subscribers[coordinate] = ctx => new ValueTask<IAsyncEnumerable<object?>>(subscribe(ctx));
        if (resolve is not null)
        {
            _resolvers[coordinate] = resolve;
        }

        return this;
    }

    /// <summary>
    /// Declares the CLR type of the values of a GraphQL object type: unbound fields are then served by its
    /// properties (checked by <see cref="Build"/>), and abstract types resolve values of this CLR type to it.
    /// </summary>
    public SchemaBuilder BindType<T>(string typeName) => BindType(typeName, typeof(T));

    public SchemaBuilder BindType(string typeName, Type runtimeType)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentNullException.ThrowIfNull(runtimeType);
        _runtimeTypes[typeName] = runtimeType;
        return this;
    }

    /// <summary>Binds the coercion functions of a custom scalar declared in the SDL.</summary>
    public SchemaBuilder BindScalar(string scalarName, ScalarCoercion coercion)
    {
        ArgumentException.ThrowIfNullOrEmpty(scalarName);
        ArgumentNullException.ThrowIfNull(coercion);
        _scalarCoercions[scalarName] = coercion;
        return this;
    }

    /// <summary>Uses a <see cref="ScalarType"/> subclass for a custom scalar declared in the SDL (same name).</summary>
    public SchemaBuilder BindScalar(ScalarType scalar)
    {
        ArgumentNullException.ThrowIfNull(scalar);
        _scalarInstances[scalar.Name] = scalar;
        return this;
    }

    /// <summary>Sets the runtime values resolvers see for an enum's values (by value name); unlisted values stay their name.</summary>
    public SchemaBuilder BindEnum(string enumName, IReadOnlyDictionary<string, object> values)
    {
        ArgumentException.ThrowIfNullOrEmpty(enumName);
        ArgumentNullException.ThrowIfNull(values);
        _enumValues[enumName] = values;
        return this;
    }

    /// <summary>
    /// Maps a CLR enum onto a GraphQL enum: member <c>PartiallySupports</c> is value <c>PARTIALLY_SUPPORTS</c>
    /// (or a value of the same name).
    /// </summary>
    public SchemaBuilder BindEnum<TEnum>(string enumName)
        where TEnum : struct, Enum
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (TEnum member in Enum.GetValues<TEnum>())
        {
            string name = member.ToString();
            values[name] = member;
            values[EnumType.ToConstantCase(name)] = member;
        }

        return BindEnum(enumName, values);
    }

    /// <summary>Binds the type resolver of an interface or union.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentException.ThrowIfNullOrEmpty(abstractTypeName);
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>
    /// Strict mode: every field of an object type must have a bound resolver, unless its type is mapped with
    /// <see cref="BindType{T}"/> to a CLR type with a matching property.
    /// </summary>
    public SchemaBuilder RequireExplicitResolvers(bool require = true)
    {
        _requireExplicitResolvers = require;
        return this;
    }

    /// <summary>Skips the checks that bindings name existing fields (for tools that only read the schema).</summary>
    internal SchemaBuilder SkipBindingChecks()
    {
        _skipBindingChecks = true;
        return this;
    }

    private static async ValueTask<object?> AwaitAsObject<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static GraphQLError Error(string message, params SyntaxNode?[] nodes)
    {
        var locations = new List<SourceLocation>();
        foreach (SyntaxNode? node in nodes)
        {
            if (node?.Location is { } location)
            {
                locations.Add(location.StartLocation);
            }
        }

        return new GraphQLError(message, locations);
    }
}
