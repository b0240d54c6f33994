using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Types;

public sealed partial class SchemaBuilder
{
    /// <summary>Starts a builder from SDL text; syntax errors throw <see cref="Errors.GraphQLException"/>.</summary>
    public static SchemaBuilder FromSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return FromDocument(Parser.Parse(sdl));
    }

    /// <summary>Adds more SDL text (type definitions or extensions).</summary>
    public SchemaBuilder AddSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return AddDocument(Parser.Parse(sdl));
    }
}
