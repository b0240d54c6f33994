using NmnGraph.GraphQL.Language;

namespace NmnGraph.GraphQL.Execution;

/// <summary>GetOperation (spec #GetOperation()) reduced to the operation's type.</summary>
internal static class OperationTypes
{
    /// <summary>The type of the operation named <paramref name="operationName"/> (or the only one); null when there is none or several.</summary>
    public static OperationType? Find(DocumentNode? document, string? operationName)
    {
        if (document is null)
        {
            return null;
        }

        OperationDefinitionNode? found = null;
        foreach (DefinitionNode definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (string.Equals(operation.Name?.Value, operationName, StringComparison.Ordinal))
            {
                return operation.Operation;
            }
        }

        return found?.Operation;
    }
}
