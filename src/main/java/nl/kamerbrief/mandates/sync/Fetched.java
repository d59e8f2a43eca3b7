package nl.kamerbrief.mandates.sync;

import java.net.URI;
import java.net.http.HttpHeaders;

/**
 * A successful answer: the URI it finally came from (after redirects), its status, content type and body.
 */
record Fetched(URI requested, URI finalUri, int status, String contentType, byte[] body, HttpHeaders headers) {

    /** A check of an answer's content: throws {@link BadContent} when the body is not what was asked for. */
    @FunctionalInterface
    interface Check {
        void check(Fetched f) throws BadContent;

        Check ANY = f -> {
        };
    }

    /** A body that is not what was asked for; {@code retryable} when asking again may give the right one. */
    static final class BadContent extends Exception {
        private final boolean retryable;

        BadContent(String message, boolean retryable) {
            super(message);
            this.retryable = retryable;
        }

        boolean retryable() {
            return retryable;
        }
    }
}
