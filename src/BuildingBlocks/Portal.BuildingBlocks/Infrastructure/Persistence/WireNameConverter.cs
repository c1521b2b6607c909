using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores a vocabulary member by its wire name (<c>on_hold</c>), the same spelling the API, events and SQL use.</summary>
public sealed class WireNameConverter<TEnum>() : ValueConverter<TEnum, string>(v => Wire.Name(v), s => Wire.Parse<TEnum>(s))
    where TEnum : struct, Enum;
