package nl.kamerbrief.mandates.dataset;

/** A dataset cannot be built or read: the message names the file (and line) and the reason. */
public class DatasetException extends Exception {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
