package nl.doorbraak.api.variant;

/** Het type van een extra casusveld en de JSON-waarde die erbij hoort. */
public enum VeldType {
    /** JSON-string. */
    TEKST,
    /** JSON-getal. */
    GETAL,
    /** JSON true/false. */
    JA_NEE,
    /** JSON-string uit {@link VariantVeld#waarden()}. */
    KEUZE,
    /** JSON-string als datum, {@code 2026-11-25}. */
    DATUM
}
