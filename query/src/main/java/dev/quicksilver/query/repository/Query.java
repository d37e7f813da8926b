package dev.quicksilver.query.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * SQL written by hand for a repository method, with named parameters ({@code :sku}) bound from the
 * method's parameters, each named by {@link Param} (or by its compiled name when the class was built
 * with {@code -parameters}).
 *
 * <p>A method returning {@code Flux<T>} or {@code Mono<T>} reads rows through
 * {@link dev.quicksilver.query.Quicksilver#sql(String, Class)}: {@code T} may be the repository's entity,
 * any {@code @Table} class, a record (components matched to columns by name through the naming
 * strategy) or a single-column type. A statement that starts with {@code INSERT}, {@code UPDATE},
 * {@code DELETE} or {@code MERGE} must return {@code Mono<Long>} (rows affected) or {@code Mono<Void>}.
 * Parameters named in the text and the method's parameters are matched when the repository is created.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

    /**
     * The SQL text, with named parameters such as {@code :sku}; identifiers are written as the
     * database stores them (quoted where needed).
     *
     * @return the SQL text
     */
    String value();
}
