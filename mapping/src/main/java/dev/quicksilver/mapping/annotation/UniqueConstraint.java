package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a unique constraint over one or more columns.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(UniqueConstraints.class)
public @interface UniqueConstraint {

    /** The constraint name; empty for {@code <table>_<columns>_key}. */
    String name() default "";

    /** The column names, in order. */
    String[] columns();
}
