package nl.doorbraak.api.domein;

/**
 * De tekst van een signaal vervangen. Status en antwoord wijzigen alleen via een statusovergang, de casussen via
 * koppelen en ontkoppelen.
 */
public record SignaalWijziging(String regel, String organisatie, String omschrijving) {
}
