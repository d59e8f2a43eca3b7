package nl.kamerbrief.mandates.dataset;

/**
 * A folder given is not what the command needs (an extract output folder, a dataset folder) or may not be replaced:
 * a usage error rather than a broken input.
 */
public final class NotAFolderOfKindException extends DatasetException {

    public NotAFolderOfKindException(String message) {
        super(message);
    }
}
