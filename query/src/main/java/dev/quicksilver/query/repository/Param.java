package dev.quicksilver.query.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the {@link Query} parameter a method parameter is bound to. Needed unless the repository
 * interface was compiled with {@code -parameters} (then the compiled name is used); without either, the
 * repository cannot be created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Param {

    /**
     * The parameter's name in the SQL text, without the colon.
     *
     * @return the name
     */
    String value();
}
