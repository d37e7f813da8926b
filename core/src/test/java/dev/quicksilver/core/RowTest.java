package dev.quicksilver.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.RowMetadata;
import io.r2dbc.spi.Type;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {

    private static final ResultShape SHAPE = ResultShape.of(new RowMetadata() {
        @Override
        public ColumnMetadata getColumnMetadata(int index) {
            return getColumnMetadatas().get(index);
        }

        @Override
        public ColumnMetadata getColumnMetadata(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<? extends ColumnMetadata> getColumnMetadatas() {
            return List.of(column("small"), column("price"), column("big"));
        }

        @Override
        public boolean contains(String columnName) {
            return true;
        }
    });

    private static ColumnMetadata column(String name) {
        return new ColumnMetadata() {
            @Override
            public Type getType() {
                return io.r2dbc.spi.R2dbcType.NUMERIC;
            }

            @Override
            public String getName() {
                return name;
            }
        };
    }

    private final Row row = new Row(SHAPE, new Object[] {42, new BigDecimal("1.90"), 70_000L});

    @Test
    void readsPrimitiveTypesAsTheirWrappers() {
        int small = row.get(0, int.class);
        long widened = row.get(0, long.class);
        assertThat(small).isEqualTo(42);
        assertThat(widened).isEqualTo(42L);
        assertThat(row.get("BIG", Long.class)).isEqualTo(70_000L);
    }

    @Test
    void refusesConversionsThatWouldLoseInformation() {
        assertThatThrownBy(() -> row.get(1, long.class))
                .isInstanceOf(ClassCastException.class).hasMessageContaining("not exactly a long");
        assertThatThrownBy(() -> row.get(2, short.class))
                .isInstanceOf(ClassCastException.class).hasMessageContaining("70000");
        assertThat(row.get(1, BigDecimal.class)).isEqualByComparingTo("1.9");
        assertThat(row.get(2, BigDecimal.class)).isEqualByComparingTo("70000");
        assertThat(row.get(1, double.class)).isEqualTo(1.9);
    }

    @Test
    void namesTheColumnsOfAMissingName() {
        assertThatThrownBy(() -> row.get("nope", Integer.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[small, price, big]");
    }
}
