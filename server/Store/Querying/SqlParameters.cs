using System.Globalization;
using System.Data.Common;

namespace NmnGraph.Server.Store.Querying;

/// <summary>Collects the parameters of a statement that is built from a filter; values never enter the SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public SqlParameters(StoreBackend backend)
    {
        Backend = backend;
    }

    /// <summary>The engine the statement is for: filters ask it for the fragments that differ.</summary>
    public StoreBackend Backend { get; }

    public string Add(object? value)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"@p{_values.Count}");
        _values.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    public void BindTo(DbCommand command)
    {
        foreach (KeyValuePair<string, object> value in _values)
        {
            command.AddParameter(value.Key, value.Value);
        }
    }
}
