// Bench canaries: benchmark scaffolding as it sat in the host before it moved to bench/Portal.Bench.Host.
namespace Portal.Tests.Architecture.Canaries.BenchCode.Bench;

/// <summary>Violation: a type in a Bench namespace, answering a /bench route.</summary>
internal static class FortunesEndpoint
{
    public static string Route => "/bench/fortunes";
}
