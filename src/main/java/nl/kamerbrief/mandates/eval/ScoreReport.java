package nl.kamerbrief.mandates.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scores of one run against the gold, with the counts behind them, as {@code score.py} computes and prints them.
 *
 * @param goldDocuments            documents that have a gold file
 * @param documentsWithPredictions gold documents with at least one predicted record
 * @param missionPrecision         share of predicted (document, mission) pairs that the gold has
 * @param missionRecall            share of gold (document, mission) pairs that were predicted
 * @param missionF1                harmonic mean of the two (0 when both are 0)
 * @param missionTruePositives     pairs both in the gold and predicted
 * @param goldPairs                gold (document, mission) pairs
 * @param predictedPairs           predicted (document, mission) pairs in gold documents
 * @param countRecall              share of gold counts that a record of their pair predicts
 * @param countPrecision           share of distinct predicted counts per pair that a gold record of the pair has
 * @param goldCounts               gold records with a count
 * @param predictedCounts          distinct predicted counts per pair
 * @param endRecall                as countRecall, for end dates
 * @param endPrecision             as countPrecision, for end dates
 * @param goldEnds                 gold records with an end date
 * @param predictedEnds            distinct predicted end dates per pair
 * @param evidenceValid            evidenceOk / evidenceAll (1.0 when there is none)
 * @param evidenceOk               distinct (document, offsets, quote) found verbatim at their offsets
 * @param evidenceAll              distinct (document, offsets, quote) of gold documents
 * @param evidenceSupport          supportOk / supportAll (1.0 when there is none)
 * @param supportOk                distinct quotes of gold pairs that quote what a gold record of the pair quotes
 * @param supportAll               distinct quotes predicted for gold pairs
 * @param details                  the lines {@code score.py --verbose} adds: misses and extras
 */
public record ScoreReport(int goldDocuments, int documentsWithPredictions, double missionPrecision,
                          double missionRecall, double missionF1, int missionTruePositives, int goldPairs,
                          int predictedPairs, double countRecall, double countPrecision, int goldCounts,
                          int predictedCounts, double endRecall, double endPrecision, int goldEnds,
                          int predictedEnds, double evidenceValid, int evidenceOk, int evidenceAll,
                          double evidenceSupport, int supportOk, int supportAll, List<String> details) {

    /** Copies the details. */
    public ScoreReport {
        details = List.copyOf(details);
    }

    /**
     * The lines {@code score.py} prints, in the same order and format, each ended by {@code \n}; with the verbose
     * details when {@code verbose}.
     */
    public String format(boolean verbose) {
        StringBuilder b = new StringBuilder();
        line(b, "documents: " + goldDocuments + " gold, " + documentsWithPredictions + " with predictions");
        line(b, "mission: precision " + f(missionPrecision) + " recall " + f(missionRecall) + " F1 " + f(missionF1)
                + " (" + missionTruePositives + " of " + goldPairs + " gold pairs, " + predictedPairs + " predicted)");
        line(b, "count: recall " + f(countRecall) + " precision " + f(countPrecision)
                + " (" + goldCounts + " gold counts, " + predictedCounts + " predicted)");
        line(b, "end date: recall " + f(endRecall) + " precision " + f(endPrecision)
                + " (" + goldEnds + " gold dates, " + predictedEnds + " predicted)");
        line(b, "evidence valid: " + f(evidenceValid) + " (" + evidenceOk + " of " + evidenceAll + ")");
        line(b, "evidence support: " + f(evidenceSupport) + " (" + supportOk + " of " + supportAll
                + " distinct quotes of gold missions quote what the gold quotes)");
        if (verbose) {
            details.forEach(d -> line(b, d));
        }
        StringBuilder scores = new StringBuilder("scores");
        summary().forEach((k, v) -> scores.append(' ').append(k).append('=').append(f(v)));
        line(b, scores.toString());
        return b.toString();
    }

    /**
     * The measures by name, in {@code score.py}'s order: mission_f1, count_recall, count_precision, end_recall,
     * end_precision, evidence_valid, evidence_support.
     */
    public Map<String, Double> summary() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("mission_f1", missionF1);
        m.put("count_recall", countRecall);
        m.put("count_precision", countPrecision);
        m.put("end_recall", endRecall);
        m.put("end_precision", endPrecision);
        m.put("evidence_valid", evidenceValid);
        m.put("evidence_support", evidenceSupport);
        return Collections.unmodifiableMap(m);
    }

    private static String f(double x) {
        return Py.format3(x);
    }

    private static void line(StringBuilder b, String s) {
        b.append(s).append('\n');
    }
}
