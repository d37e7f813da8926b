package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a key whose value is generated: by the database (identity, sequence) or by Quicksilver
 * (a random UUID).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface GeneratedValue {

    /** How the value is generated. */
    GenerationStrategy strategy() default GenerationStrategy.IDENTITY;

    /** The sequence for {@link GenerationStrategy#SEQUENCE}; empty for {@code <table>_<column>_seq}. */
    String sequence() default "";
}
