using NmnGraph.GraphQL.Errors;
using NmnGraph.GraphQL.Language;

namespace NmnGraph.Codegen.Analysis;

/// <summary>
/// All operation files parsed as one document, so that a fragment in one file can be spread in another. Each file's
/// text starts on a known line of the combined text, which maps every location back to its file.
/// </summary>
internal sealed class OperationSources
{
    private readonly List<(string Path, int FirstLine)> _files;

    private OperationSources(DocumentNode document, List<(string Path, int FirstLine)> files)
    {
        _files = files;
        Operations = document.Definitions.OfType<OperationDefinitionNode>().ToList();
        Fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToList();
    }

    public List<OperationDefinitionNode> Operations { get; }

    public List<FragmentDefinitionNode> Fragments { get; }

    public static OperationSources? Parse(IReadOnlyList<SourceFile> files, List<Diagnostic> diagnostics)
    {
        var combined = new System.Text.StringBuilder();
        var starts = new List<(string Path, int FirstLine)>();
        int line = 1;
        bool ok = true;
        foreach (SourceFile file in files)
        {
            string text = file.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
            if (!Parser.TryParse(text, out _, out GraphQLError? error))
            {
                SourceLocation? location = error.Locations is { Count: > 0 } l ? l[0] : null;
                diagnostics.Add(new Diagnostic(file.Path, location?.Line ?? 0, location?.Column ?? 0, Diagnostic.SyntaxError, error.Message));
                ok = false;
                continue;
            }

            starts.Add((file.Path, line));
            combined.Append(text).Append('\n');
            line += text.Count(c => c == '\n') + 1;
        }

        if (!ok)
        {
            return null;
        }

        // No operation files: nothing to generate, which is not an error.
        DocumentNode document = starts.Count == 0 ? new DocumentNode([]) : GraphQL.Language.Parser.Parse(combined.ToString());
        return new OperationSources(document, starts);
    }

    /// <summary>The fragments an operation spreads, directly or through other fragments, in first-use order.</summary>
    public List<FragmentDefinitionNode> FragmentsUsedBy(OperationDefinitionNode operation)
    {
        var result = new List<FragmentDefinitionNode>();
        var pending = new Stack<SelectionSetNode>([operation.SelectionSet]);
        while (pending.Count > 0)
        {
            foreach (SelectionNode selection in pending.Pop().Selections)
            {
                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }:
                        pending.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        FragmentDefinitionNode? fragment = Fragments.FirstOrDefault(f => string.Equals(f.Name.Value, spread.Name.Value, StringComparison.Ordinal));
                        if (fragment is not null && !result.Contains(fragment))
                        {
                            result.Add(fragment);
                            pending.Push(fragment.SelectionSet);
                        }

                        break;
                }
            }
        }

        return result;
    }

    public Diagnostic Diagnose(SyntaxNode node, string code, string message)
    {
        SourceLocation location = node.Location?.StartLocation ?? new SourceLocation(0, 0);
        return At(location, code, message);
    }

    public Diagnostic Diagnose(GraphQLError error, string code) =>
        At(error.Locations is { Count: > 0 } locations ? locations[0] : new SourceLocation(0, 0), code, error.Message);

    private Diagnostic At(SourceLocation location, string code, string message)
    {
        (string path, int firstLine) = _files.LastOrDefault(f => f.FirstLine <= location.Line);
        path ??= _files.Count > 0 ? _files[0].Path : "";
        return location.Line > 0
            ? new Diagnostic(path, location.Line - firstLine + 1, location.Column, code, message)
            : new Diagnostic(path, 0, 0, code, message);
    }
}
