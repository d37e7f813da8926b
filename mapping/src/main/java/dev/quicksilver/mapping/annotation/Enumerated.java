package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an enum property is stored; enums without it are stored as text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Enumerated {

    /** The storage. */
    EnumStorage value() default EnumStorage.TEXT;

    /** The native enum type for {@link EnumStorage#NATIVE}; empty for the naming strategy's name of the enum. */
    String nativeType() default "";
}
