package dev.quicksilver.mapping.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named placeholder for a value given when the statement runs, so that one statement — rendered
 * once — serves every value: {@code TRACK.TRACK_ID.eq(Expression.param("id", Integer.class))}, then
 * {@code query.bind("id", 42)}. Converted and cast as the column it is compared with, like a value.
 *
 * @param name the parameter's name: letters, digits and underscores, starting with a letter
 * @param type the value's type
 * @param <T> the value's type
 */
public record Parameter<T>(String name, Class<T> type) implements Expression<T> {

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    /** Checks the name. */
    public Parameter {
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("parameter name '" + name + "': use letters, digits and underscores,"
                    + " starting with a letter");
        }
        Objects.requireNonNull(type, "type");
    }
}
