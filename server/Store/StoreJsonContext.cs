using System.Text.Json.Serialization;

namespace NmnGraph.Server.Store;

[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext
{
}
