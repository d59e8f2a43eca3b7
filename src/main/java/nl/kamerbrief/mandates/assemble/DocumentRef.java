package nl.kamerbrief.mandates.assemble;

import java.time.LocalDate;

/** The letter a record comes from: its id (the file stem), its own date and Kamerstuk number (spec section 2). */
public record DocumentRef(String id, LocalDate date, String kamerstuk) {
}
