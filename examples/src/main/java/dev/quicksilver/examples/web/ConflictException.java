package dev.quicksilver.examples.web;

/** A request that the current state refuses (for example reserving more than is in stock): 409. */
public final class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message what conflicted and what to do
     */
    public ConflictException(String message) {
        super(message);
    }
}
