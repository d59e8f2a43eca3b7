package nl.kamerbrief.mandates.sync;

import java.util.List;

/**
 * What one live request to a source gave: whether it worked, how many documents it named, a sample, and the
 * fields it carried that the client does not know (ignored) or lacked that the client reads.
 */
public record ProbeReport(String source, String request, boolean ok, String error, int documents, String sample,
                          List<String> unexpectedFields, List<String> missingFields) {

    public ProbeReport {
        unexpectedFields = List.copyOf(unexpectedFields);
        missingFields = List.copyOf(missingFields);
    }

    static ProbeReport failed(String source, String request, String error) {
        return new ProbeReport(source, request, false, error, 0, null, List.of(), List.of());
    }
}
