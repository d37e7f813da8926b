package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The association table of a many-to-many relationship.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.ANNOTATION_TYPE})
public @interface JoinTable {

    /** The table name; empty for {@code <owner table>_<target table>}. */
    String name() default "";

    /** The column(s) referencing the owning entity. */
    JoinColumn[] joinColumns() default {};

    /** The column(s) referencing the target entity. */
    JoinColumn[] inverseJoinColumns() default {};

    /** What happens to association rows when either side is deleted. */
    ReferentialAction onDelete() default ReferentialAction.CASCADE;
}
