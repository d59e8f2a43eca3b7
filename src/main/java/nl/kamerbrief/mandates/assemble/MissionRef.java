package nl.kamerbrief.mandates.assemble;

/**
 * The mission a record is about.
 *
 * @param text  the words of the letter that name or describe it
 * @param known true when the name comes from the rules' mission list
 */
public record MissionRef(String name, String id, String organisation, String text, boolean known) {
}
