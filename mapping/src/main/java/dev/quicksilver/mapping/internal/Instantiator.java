package dev.quicksilver.mapping.internal;

import org.jspecify.annotations.Nullable;

/**
 * Builds one entity type's instances from a row's values. Implemented by a hidden class per type
 * (see {@link Instantiators}), so the method handle that does the work is a constant the JIT inlines.
 */
interface Instantiator {

    /**
     * Builds an instance.
     *
     * @param columnValues one value per column, in column order
     * @param relationshipValues one {@code Ref}/{@code RefList} per relationship, in order
     * @return the new instance
     * @throws Throwable what the type's constructor or setters throw
     */
    Object create(@Nullable Object[] columnValues, Object[] relationshipValues) throws Throwable;
}
