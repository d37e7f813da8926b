package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index over one or more columns of the entity's table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(Indexes.class)
public @interface Index {

    /** The index name; empty for {@code <table>_<columns>_idx}. */
    String name() default "";

    /** The column names (not property names), in index order. */
    String[] columns();

    /** Whether the index is unique. */
    boolean unique() default false;
}
