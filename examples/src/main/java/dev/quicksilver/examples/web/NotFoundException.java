package dev.quicksilver.examples.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A row the request named is not there: 404 with what was looked for. */
public final class NotFoundException extends ResponseStatusException {

    private static final long serialVersionUID = 1L;

    /**
     * @param what what was looked for, e.g. {@code "item 42"}
     */
    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, what + " does not exist");
    }
}
