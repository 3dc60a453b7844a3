using System.Text.Json.Serialization;

namespace Digest.Cli.Tests.Serving;

/// <summary>Reads the problems event's data as the reload script does: an array of lines.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class ProblemLines : JsonSerializerContext;
