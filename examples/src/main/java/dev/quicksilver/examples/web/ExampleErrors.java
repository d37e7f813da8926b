package dev.quicksilver.examples.web;

import dev.quicksilver.core.exception.CheckViolationException;
import dev.quicksilver.core.exception.ForeignKeyViolationException;
import dev.quicksilver.core.exception.NotNullViolationException;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.exception.UnknownTenantException;
import dev.quicksilver.mapping.EntityValidationException;
import dev.quicksilver.query.BulkWriteException;
import dev.quicksilver.query.OptimisticLockException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;

/**
 * How the examples answer errors: an RFC 9457 problem with a message saying what failed and what to do,
 * never a stack trace. Invalid input is 400, a row that is not there 404, a concurrent change or a
 * duplicate 409, an unknown tenant 400; anything else is logged and answered 500 without details.
 * Each example imports it.
 */
@RestControllerAdvice
public final class ExampleErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ExampleErrors.class);

    /** Created by Spring when an example imports it. */
    public ExampleErrors() {
    }

    /**
     * A status the endpoint chose (for example {@link NotFoundException}).
     *
     * @param error the error
     * @return its problem
     */
    @ExceptionHandler(ResponseStatusException.class)
    public ProblemDetail status(ResponseStatusException error) {
        return ProblemDetail.forStatusAndDetail(error.getStatusCode(),
                error.getReason() == null ? error.getStatusCode().toString() : error.getReason());
    }

    /**
     * Input the endpoint cannot read or accept: 400.
     *
     * @param error the error
     * @return its problem
     */
    @ExceptionHandler({IllegalArgumentException.class, ServerWebInputException.class, DecodingException.class,
            EntityValidationException.class, NotNullViolationException.class, CheckViolationException.class,
            ForeignKeyViolationException.class, BulkWriteException.class})
    public ProblemDetail badRequest(Exception error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message(error));
    }

    /**
     * A concurrent change won, or the row already exists: 409, try again with fresh data.
     *
     * @param error the error
     * @return its problem
     */
    @ExceptionHandler({OptimisticLockException.class, UniqueViolationException.class, ConflictException.class})
    public ProblemDetail conflict(Exception error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message(error));
    }

    /**
     * A tenant this service does not know: 400 (never someone else's data).
     *
     * @param error the error
     * @return its problem
     */
    @ExceptionHandler(UnknownTenantException.class)
    public ProblemDetail unknownTenant(UnknownTenantException error) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message(error));
    }

    /**
     * Anything else: logged with its stack trace, answered 500 without it.
     *
     * @param error the error
     * @return its problem
     */
    @ExceptionHandler(Exception.class)
    public ProblemDetail unexpected(Exception error) {
        LOG.error("Unexpected error answered as 500", error);
        return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Unexpected error; the server log has the details.");
    }

    private static String message(Exception error) {
        if (error instanceof ServerWebInputException input && input.getReason() != null) {
            Throwable cause = input.getMostSpecificCause();
            return cause == input ? input.getReason() : input.getReason() + ": " + cause.getMessage();
        }
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
