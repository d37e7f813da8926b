package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a CHECK constraint. The expression is raw SQL, named as such, and must be valid on
 * every dialect the entity is used with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Repeatable(Checks.class)
public @interface Check {

    /** The constraint name; empty for {@code <table>_check_<n>}. */
    String name() default "";

    /** The raw SQL condition, e.g. {@code "qty >= 0"}. */
    String rawSql();
}
