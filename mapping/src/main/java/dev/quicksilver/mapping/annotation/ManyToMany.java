package dev.quicksilver.mapping.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A many-to-many relationship through an association table. The owning side declares the
 * {@link #joinTable()}; the inverse side names the owning property with {@link #mappedBy()}. The type
 * is {@code RefList<Target>}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ManyToMany {

    /** The association table, on the owning side. */
    JoinTable joinTable() default @JoinTable;

    /** The owning side's property on the target, for the inverse side; empty on the owning side. */
    String mappedBy() default "";
}
