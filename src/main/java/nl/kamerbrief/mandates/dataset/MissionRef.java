package nl.kamerbrief.mandates.dataset;

/** The {@code mission} of a record as the run wrote it. */
public record MissionRef(String id, String name, String organisation, String text, boolean known) {
}
