package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A reference to one row of another (or the same) entity through a foreign key in this table.
 * The property's type is {@code dev.quicksilver.mapping.Ref<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToOne {

    /** The foreign-key column(s); empty for the default name. */
    JoinColumn[] joinColumns() default {};

    /** Whether the reference may be absent (a nullable foreign key). */
    boolean optional() default true;

    /** What happens to this row when the referenced row is deleted. */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** The foreign-key constraint name; empty for {@code <table>_<column>_fkey}. */
    String foreignKeyName() default "";

    /** Whether an index is created on the foreign-key column(s) (the default, as joins and cascades need it). */
    boolean indexed() default true;
}
