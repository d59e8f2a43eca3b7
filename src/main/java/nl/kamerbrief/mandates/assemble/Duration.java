package nl.kamerbrief.mandates.assemble;

/** A length stated as such ("voor de duur van één jaar" is P1Y). */
public record Duration(String value, String text) {
}
