package nl.kamerbrief.mandates.assemble;

import nl.kamerbrief.mandates.annotate.Action;

/** One Dutch contribution to one mission, as one letter states it (spec sections 1 and 2). */
public record MandateRecord(DocumentRef document, MissionRef mission, Action action, Personnel personnel,
                            StartDate startDate, EndDate endDate, Duration duration, Evidence evidence,
                            double confidence) {
}
