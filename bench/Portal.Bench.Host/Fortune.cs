namespace Portal.Bench.Host;

/// <summary>A row of <c>bench.fortunes</c>, the table TechEmpower's Fortunes test reads.</summary>
internal sealed record Fortune(int Id, string Message);
