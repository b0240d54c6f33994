using System.Globalization;
using Microsoft.Data.Sqlite;

namespace NmnGraph.Server.Store.Querying;

/// <summary>Collects the parameters of a statement that is built from a filter; values never enter the SQL text.</summary>
internal sealed class SqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public string Add(object? value)
    {
        string name = string.Create(CultureInfo.InvariantCulture, $"@p{_values.Count}");
        _values.Add(new(name, value ?? DBNull.Value));
        return name;
    }

    public void BindTo(SqliteCommand command)
    {
        foreach (KeyValuePair<string, object> value in _values)
        {
            command.Parameters.AddWithValue(value.Key, value.Value);
        }
    }
}
