using System.Text.Json.Serialization;

// Vocabulary canaries: enums of a fake contracts assembly.
namespace Portal.Tests.Architecture.Canaries.Vocabularies;

/// <summary>Violation: a member with no wire name, whose spelling would follow its C# name.</summary>
public enum VocabularyWithAnUnnamedMember
{
    [JsonStringEnumMemberName("named")]
    Named,

    Unnamed,
}

/// <summary>Violation: two members sharing one wire name, so reading it back is ambiguous.</summary>
public enum VocabularyWithASharedName
{
    [JsonStringEnumMemberName("same")]
    First,

    [JsonStringEnumMemberName("same")]
    Second,
}

/// <summary>Allowed: every member named, each once.</summary>
public enum CleanVocabulary
{
    [JsonStringEnumMemberName("one")]
    One,

    [JsonStringEnumMemberName("two")]
    Two,
}
