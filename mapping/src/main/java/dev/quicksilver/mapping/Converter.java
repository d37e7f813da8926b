package dev.quicksilver.mapping;

/**
 * Converts a property's Java value to a value the database driver stores, and back. Register one on
 * a property with {@code @Convert(MyConverter.class)} or for every property of a type with
 * {@code MappingContext.builder().converter(...)}.
 *
 * <pre>{@code
 * final class MoneyConverter implements Converter<Money, BigDecimal> {
 *     public Class<Money> javaType() { return Money.class; }
 *     public Class<BigDecimal> databaseType() { return BigDecimal.class; }
 *     public BigDecimal toDatabase(Money money) { return money.amount(); }
 *     public Money fromDatabase(BigDecimal amount) { return new Money(amount); }
 * }
 * }</pre>
 *
 * <p>Implementations must be stateless and thread-safe; they are called once per value, never with
 * {@code null} (NULL stays NULL).
 *
 * @param <J> the Java type of the property
 * @param <D> a type the driver reads and writes (and the type registry maps to a column type)
 */
public interface Converter<J, D> {

    /** The Java type of the property. */
    Class<J> javaType();

    /** The type stored, one the type registry knows. */
    Class<D> databaseType();

    /** Converts a property value to the stored value. */
    D toDatabase(J value);

    /** Converts a stored value to the property value. */
    J fromDatabase(D value);
}
