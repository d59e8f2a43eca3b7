/**
 * Training and evaluating the mission name finder ({@code mandates train}). The training data is the rules' own
 * reading of the corpus: every candidate sentence with the catalogue and pattern names the rules found in it, plus
 * copies with those names swapped for other catalogue names so the model learns the contexts missions stand in,
 * not the names. Reads the pipeline's public results; touches no stage's internals, no emitter and no batch code.
 */
package nl.kamerbrief.mandates.train;
