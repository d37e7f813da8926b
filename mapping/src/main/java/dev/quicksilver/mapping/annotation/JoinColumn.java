package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The foreign-key column of a to-one relationship, or one side of a join table.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
public @interface JoinColumn {

    /** The foreign-key column; empty for {@code <property>_<referenced column>}, e.g. {@code artist_id}. */
    String name() default "";

    /** The referenced column; empty for the target's single id column. */
    String referencedColumn() default "";
}
