package dev.quicksilver.query.repository;

/**
 * A repository interface that cannot be implemented: a derived method name that does not parse, an
 * unknown property, parameters that do not fit, an unsupported return type. Thrown by
 * {@link Repositories#create(Class)} (at startup), never from a stream.
 */
public final class RepositoryDefinitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where, naming the interface and the method
     */
    public RepositoryDefinitionException(String message) {
        super(message);
    }
}
