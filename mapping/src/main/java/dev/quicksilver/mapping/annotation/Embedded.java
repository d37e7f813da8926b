package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores an {@link Embeddable} value object in the owning table's columns, each prefixed.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Embedded {

    /** The default prefix: the property's column name and an underscore ({@code billing_city}). */
    String PROPERTY_NAME = "<property>_";

    /** The prefix of the embedded columns: {@link #PROPERTY_NAME} (the default), another text, or empty for none. */
    String prefix() default PROPERTY_NAME;
}
