package dev.quicksilver.query.entities;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.CreatedAt;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.UpdatedAt;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.model.EntityModel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A mutable class entity: identity key, version and timestamps filled by the writes. */
@Table
public class Warehouse {

    /** The entity reference. */
    public static final EntityModel<Warehouse> WAREHOUSE = EntityModel.of(Warehouse.class);

    @Id
    @GeneratedValue
    private @Nullable Long id;
    @Column(length = 40, nullable = false)
    private String name = "";
    @Column(length = 40)
    private @Nullable String city;
    @Version
    private @Nullable Integer version;
    @CreatedAt
    private @Nullable Instant createdAt;
    @UpdatedAt
    private @Nullable Instant updatedAt;

    /** For the mapping. */
    public Warehouse() {
    }

    /** A new warehouse. */
    public Warehouse(String name, @Nullable String city) {
        this.name = name;
        this.city = city;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public @Nullable String getCity() {
        return city;
    }

    public void setCity(@Nullable String city) {
        this.city = city;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public @Nullable Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getUpdatedAt() {
        return updatedAt;
    }
}
