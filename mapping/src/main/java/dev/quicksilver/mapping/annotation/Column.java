package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Column details of a property; without it a property maps to a column named by the naming
 * strategy, nullable unless it is a primitive or part of the key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {

    /** The column name; empty for the naming strategy's name of the property. */
    String name() default "";

    /** Whether the column accepts NULL. Primitives, ids and versions never do. */
    boolean nullable() default true;

    /** The maximum length of character or binary values; 0 for the type's default. */
    int length() default 0;

    /** The precision of decimal values; 0 for the type's default. */
    int precision() default 0;

    /** The scale of decimal values. */
    int scale() default 0;

    /** Whether a single-column unique constraint is declared on it. */
    boolean unique() default false;

    /** A raw SQL default expression for DDL (e.g. {@code "0"} or {@code "CURRENT_TIMESTAMP"}); empty for none. */
    String defaultExpression() default "";
}
