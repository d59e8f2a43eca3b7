package nl.kamerbrief.mandates.sync;

import java.io.IOException;

/**
 * A request that did not give what was asked for. {@code permanent} when retrying cannot help (a 404, a page
 * that is not the file, a query the server refuses); otherwise the tries ran out on a fault that may pass.
 */
public final class FetchException extends IOException {

    private final boolean permanent;

    FetchException(String message, boolean permanent, Throwable cause) {
        super(message, cause);
        this.permanent = permanent;
    }

    FetchException(String message, boolean permanent) {
        this(message, permanent, null);
    }

    public boolean permanent() {
        return permanent;
    }
}
