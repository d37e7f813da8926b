package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity mapped to a table. The table name defaults to the type's
 * simple name through the naming strategy ({@code InvoiceLine} → {@code invoice_line}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
public @interface Table {

    /** The table name; empty for the naming strategy's name of the type. */
    String name() default "";

    /** The schema; empty for the connection's default schema. */
    String schema() default "";
}
