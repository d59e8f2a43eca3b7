/**
 * The mandate dataset: the output folders of extract runs merged into one history per mission (records in order of
 * their letters' dates, the current state, flags where letters disagree or a mandate ran out), written as JSON,
 * CSV and SQLite. Reads the runs' JSON with its own small model, never {@code emit}'s classes.
 */
package nl.kamerbrief.mandates.dataset;
