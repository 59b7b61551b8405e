package nl.doorbraak.api.beheer;

/**
 * De eigen huisstijl van een gemeente zonder gepubliceerd pakket design tokens (thema {@value #THEMA}).
 *
 * @param kleur       de hoofdkleur, {@code #rrggbb}, of {@code null}
 * @param accentkleur de accentkleur, {@code #rrggbb}, of {@code null}
 * @param logo        of er een logo is ingesteld
 */
public record Huisstijl(String kleur, String accentkleur, boolean logo) {

    /** Het thema dat om de eigen huisstijl vraagt. */
    public static final String THEMA = "eigen";
}
