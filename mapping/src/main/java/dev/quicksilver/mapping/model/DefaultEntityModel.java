package dev.quicksilver.mapping.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** An entity type with an optional alias; the factory of its references. */
record DefaultEntityModel<E>(Class<E> type, @Nullable String aliasName) implements EntityModel<E> {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

    DefaultEntityModel {
        Objects.requireNonNull(type, "type");
    }

    @Override
    public Optional<String> alias() {
        return Optional.ofNullable(aliasName);
    }

    @Override
    public EntityModel<E> as(String alias) {
        if (!IDENTIFIER.matcher(Objects.requireNonNull(alias, "alias")).matches()) {
            throw new IllegalArgumentException("alias '" + alias + "' for " + type.getName() + " is not a plain SQL"
                    + " identifier: use letters, digits and underscores, starting with a letter, at most 63 characters");
        }
        return new DefaultEntityModel<>(type, alias);
    }

    @Override
    public <T> Column<E, T> column(String propertyPath, Class<T> javaType) {
        return new PropertyColumn<>(this, checkedPath(propertyPath), Objects.requireNonNull(javaType, "javaType"));
    }

    @Override
    public <T> Column<E, T> genericColumn(String propertyPath, Class<? super T> rawType) {
        return new PropertyColumn<>(this, checkedPath(propertyPath), Objects.requireNonNull(rawType, "rawType"));
    }

    @Override
    public Column<E, Object> column(String propertyPath) {
        return new PropertyColumn<>(this, checkedPath(propertyPath), Object.class);
    }

    @Override
    public <R> Relationship<E, R> toOne(String property, Class<R> target) {
        return new PropertyRelationship<>(this, checkedPath(property), Objects.requireNonNull(target, "target"), true);
    }

    @Override
    public <R> Relationship<E, R> toMany(String property, Class<R> target) {
        return new PropertyRelationship<>(this, checkedPath(property), Objects.requireNonNull(target, "target"), false);
    }

    private String checkedPath(String propertyPath) {
        if (Objects.requireNonNull(propertyPath, "propertyPath").isBlank()) {
            throw new IllegalArgumentException("propertyPath: name a property of " + type.getName());
        }
        return propertyPath;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + (aliasName == null ? "" : " " + aliasName);
    }
}
