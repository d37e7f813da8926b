package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A one-to-one reference. The owning side has the foreign key ({@link #joinColumns()}); the
 * inverse side names the owning property with {@link #mappedBy()}. The type is {@code Ref<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface OneToOne {

    /** The owning side's property on the target, for the inverse side; empty on the owning side. */
    String mappedBy() default "";

    /** The foreign-key column(s) on the owning side; empty for the default name. */
    JoinColumn[] joinColumns() default {};

    /** Whether the reference may be absent. */
    boolean optional() default true;

    /** What happens to this row when the referenced row is deleted (owning side). */
    ReferentialAction onDelete() default ReferentialAction.NO_ACTION;

    /** The session operations passed on to the loaded related entity; none by default. */
    Cascade[] cascade() default {};
}
