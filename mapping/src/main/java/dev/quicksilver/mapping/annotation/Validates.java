package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity method that validates the entity before it is written (SQLAlchemy's
 * {@code @validates}). The method takes a {@code dev.quicksilver.mapping.Violations} and reports
 * each problem to it; it must not throw for invalid data, and must not block.
 *
 * <pre>{@code
 * @Validates
 * void check(Violations violations) {
 *     if (quantity < 0) violations.add("quantity", "must not be negative");
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Validates {
}
