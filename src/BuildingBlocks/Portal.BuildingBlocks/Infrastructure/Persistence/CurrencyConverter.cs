using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Portal.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Stores a currency as its ISO 4217 code.</summary>
public sealed class CurrencyConverter() : ValueConverter<Currency, string>(c => c.Code, code => Currency.Of(code));
