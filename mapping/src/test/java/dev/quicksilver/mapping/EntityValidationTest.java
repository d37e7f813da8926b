package dev.quicksilver.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.annotation.Column;
import dev.quicksilver.mapping.annotation.GeneratedValue;
import dev.quicksilver.mapping.annotation.Id;
import dev.quicksilver.mapping.annotation.Table;
import dev.quicksilver.mapping.annotation.Validates;
import dev.quicksilver.mapping.annotation.Version;
import dev.quicksilver.mapping.chinook.Album;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Entities are validated before writes: every violation in one error. */
class EntityValidationTest {

    private final MappingContext mapping = MappingContext.builder().build();

    @Table
    record StockItem(@Id @GeneratedValue Long id, @Column(length = 8, nullable = false) String sku,
                     @Column(nullable = false) BigDecimal price, @Min(0) int quantity,
                     @Email String contact, @Version long version) {

        @Validates
        void check(Violations violations) {
            if (price != null && price.signum() < 0) {
                violations.add("price", "must not be negative");
            }
        }
    }

    @Table
    record BadHook(@Id int id) {
        @Validates
        boolean check() {
            return true;
        }
    }

    @Test
    void aValidEntityHasNoViolations() {
        StockItem item = new StockItem(null, "LAMP-1", new BigDecimal("9.90"), 3, "ops@example.com", 0);
        assertThat(mapping.entity(StockItem.class).validator().violations(item)).isEmpty();
    }

    @Test
    void everyViolationIsReportedInOneError() {
        StockItem item = new StockItem(null, "LAMP-1234", new BigDecimal("-1"), -2, "not an email", 0);
        assertThatThrownBy(() -> mapping.entity(StockItem.class).validator().check(item))
                .isInstanceOf(EntityValidationException.class)
                .hasMessageStartingWith("StockItem is not valid (4 problems): ")
                .hasMessageContaining("sku: must be at most 8 characters, was 9")
                .hasMessageContaining("price: must not be negative")
                .hasMessageContaining("quantity: must be greater than or equal to 0")
                .hasMessageContaining("contact: must be a well-formed email address")
                .hasMessageContaining("Nothing was written")
                .satisfies(error -> assertThat(((EntityValidationException) error).violations())
                        .extracting(Violation::property).containsExactly("sku", "price", "contact", "quantity"));
    }

    @Test
    void requiredColumnsNeedValuesExceptThoseFilledForYou() {
        StockItem item = new StockItem(null, null, null, 0, null, 0);
        assertThat(mapping.entity(StockItem.class).validator().violations(item))
                .containsExactly(new Violation("sku", "must not be null"), new Violation("price", "must not be null"));
        Album album = new Album(1, null, Ref.unloaded(), RefList.unloaded());
        assertThat(MappingContext.standard().entity(Album.class).validator().violations(album))
                .extracting(Violation::toString).containsExactly("title: must not be null", "artist: must not be null");
    }

    @Test
    void aValidatesMethodMustTakeViolations() {
        assertThatThrownBy(() -> mapping.entity(BadHook.class))
                .isInstanceOf(MappingException.class)
                .hasMessageContaining("$BadHook.check()")
                .hasMessageContaining("void check(Violations violations)");
    }
}
