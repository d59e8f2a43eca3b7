package nl.kamerbrief.mandates.ingest;

/** Why an input could not be read: a closed set of reasons, each with a message that names the problem. */
public final class IngestFailure extends Exception {

    /** The kinds of failure users see in {@code documents.jsonl}. */
    public enum Reason {
        EMPTY("empty file"),
        NOT_TEXT("binary data, not text"),
        UNSUPPORTED_ENCODING("unsupported encoding"),
        WRONG_FORMAT("content does not match its format"),
        ENCRYPTED("encrypted, password required"),
        DAMAGED("damaged or truncated file"),
        NO_TEXT_LAYER("no text layer"),
        TOO_LARGE("too large"),
        TIMED_OUT("timed out"),
        UNSUPPORTED_FORMAT("no reader for this format"),
        UNREADABLE("cannot read file");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final Reason reason;

    public IngestFailure(Reason reason, String detail) {
        super(detail == null || detail.isBlank() ? reason.label() : reason.label() + ": " + detail);
        this.reason = reason;
    }

    public IngestFailure(Reason reason, String detail, Throwable cause) {
        this(reason, detail);
        initCause(cause);
    }

    public Reason reason() {
        return reason;
    }
}
