package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rows of another entity that reference this one: the inverse side of a {@link ManyToOne}
 * named by {@link #mappedBy()}. The property's type is {@code dev.quicksilver.mapping.RefList<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToMany {

    /** The {@link ManyToOne} property on the target that points back here. */
    String mappedBy();

    /** The session operations passed on to the loaded children; none by default. */
    Cascade[] cascade() default {};
}
