namespace Portal.Bench.Host;

/// <summary>The body of TechEmpower's JSON test, serialised per request as the rules ask.</summary>
internal sealed record HelloMessage(string Message);
