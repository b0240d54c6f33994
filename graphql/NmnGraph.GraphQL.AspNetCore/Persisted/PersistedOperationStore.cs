using System.Collections.Concurrent;
using System.Text.Json;
using NmnGraph.GraphQL.Execution;

namespace NmnGraph.GraphQL.AspNetCore;

/// <summary>
/// Trusted documents by id: loaded from manifests (<c>*.json</c>, an object of id → document, the Relay /
/// StrawberryShake layout codegen writes) and from <c>{id}.graphql</c> files (HotChocolate's file-system layout).
/// </summary>
public sealed class PersistedOperationStore
{
    private readonly ConcurrentDictionary<string, string> _documents = new(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>Loads every manifest and <c>{id}.graphql</c> file in <paramref name="directory"/>; a missing directory or malformed manifest throws an <see cref="IOException"/> naming it.</summary>
    public static PersistedOperationStore LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The persisted operations directory '{directory}' does not exist.");
        }

        var store = new PersistedOperationStore();
        foreach (string path in Directory.EnumerateFiles(directory, "*.json").Order(StringComparer.Ordinal))
        {
            store.AddManifest(path);
        }

        foreach (string path in Directory.EnumerateFiles(directory, "*.graphql").Order(StringComparer.Ordinal))
        {
            store.Add(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
        }

        return store;
    }

    public void Add(string id, string document)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentException.ThrowIfNullOrEmpty(document);
        _documents[id] = document;
    }

    public bool TryGetDocument(string id, out string document) => _documents.TryGetValue(id, out document!);

    /// <summary>Whether <paramref name="document"/> is one of the trusted documents (its SHA-256 is a known id).</summary>
    public bool Contains(string document) =>
        _documents.TryGetValue(Sha256(document), out string? trusted) && string.Equals(trusted, document, StringComparison.Ordinal);

    /// <summary>SHA-256 of the document's UTF-8 bytes in lower-case hex, the id of automatic persisted queries and of codegen's manifest.</summary>
    public static string Sha256(string document) => DocumentHash.Sha256(document);

    private void AddManifest(string path)
    {
        try
        {
            using JsonDocument manifest = JsonDocument.Parse(File.ReadAllBytes(path));
            if (manifest.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new IOException($"The persisted operations manifest '{path}' must be a JSON object of id → document.");
            }

            foreach (JsonProperty entry in manifest.RootElement.EnumerateObject())
            {
                if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(entry.Value.GetString()) || entry.Name.Length == 0)
                {
                    throw new IOException($"The persisted operations manifest '{path}': the entry '{entry.Name}' must map an id to a document string.");
                }

                Add(entry.Name, entry.Value.GetString()!);
            }
        }
        catch (JsonException exception)
        {
            throw new IOException($"The persisted operations manifest '{path}' is not valid JSON: {exception.Message}", exception);
        }
    }
}
