using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Portal.Tests.Architecture;

/// <summary>The string literals compiled into an assembly, read back from its metadata (the #US heap): what its code can say.</summary>
internal static class StringLiterals
{
    public static IReadOnlyList<string> Of(Assembly assembly)
    {
        using var pe = new PEReader(File.OpenRead(assembly.Location));
        var metadata = pe.GetMetadataReader();
        var literals = new List<string>();
        var handle = MetadataTokens.UserStringHandle(1);
        while (!handle.IsNil && MetadataTokens.GetHeapOffset(handle) < metadata.GetHeapSize(HeapIndex.UserString))
        {
            literals.Add(metadata.GetUserString(handle));
            handle = metadata.GetNextHandle(handle);
        }

        return literals;
    }
}
