package dev.quicksilver.query;

import static dev.quicksilver.mapping.chinook.Employee_.EMPLOYEE;
import static dev.quicksilver.mapping.chinook.InvoiceLine_.INVOICE_LINE;
import static dev.quicksilver.mapping.chinook.Invoice_.INVOICE;
import static dev.quicksilver.mapping.chinook.Playlist_.PLAYLIST;
import static dev.quicksilver.mapping.chinook.Track_.TRACK;
import static dev.quicksilver.query.Functions.count;
import static dev.quicksilver.query.Functions.sum;
import static dev.quicksilver.query.Functions.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.dialect.Dialect;
import dev.quicksilver.core.dialect.Dialects;
import dev.quicksilver.mapping.chinook.Employee_;
import dev.quicksilver.mapping.model.Expression;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The SQL text projection queries render to, without a database: shapes, quoting and bound values. */
class ProjectionRenderingTest {

    private static Quicksilver on(Dialect dialect) {
        Database database = (Database) Proxy.newProxyInstance(Database.class.getClassLoader(),
                new Class<?>[] {Database.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("dialect")) {
                        return dialect;
                    }
                    if (method.getName().equals("toString")) {
                        return "Database[test]";
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        return Quicksilver.of(database);
    }

    private final Quicksilver postgres = on(Dialects.postgres());

    @Test
    void joinsAlongRelationshipsUseTheForeignKeys() {
        assertThat(postgres.select(PLAYLIST.NAME, count(TRACK.TRACK_ID)).from(PLAYLIST).leftJoin(PLAYLIST.TRACKS)
                .groupBy(PLAYLIST.NAME).sql())
                .isEqualTo("SELECT t0.\"name\", COUNT(t1.\"track_id\") FROM \"playlist\" t0"
                        + " LEFT JOIN \"playlist_track\" j2 ON j2.\"playlist_id\" = t0.\"playlist_id\""
                        + " LEFT JOIN \"track\" t1 ON t1.\"track_id\" = j2.\"track_id\" GROUP BY t0.\"name\"");
        assertThat(postgres.select(INVOICE.TOTAL).from(INVOICE_LINE).join(INVOICE_LINE.INVOICE).sql())
                .endsWith("FROM \"invoice_line\" t0 JOIN \"invoice\" t1 ON t1.\"invoice_id\" = t0.\"invoice_id\"");
        Employee_ boss = EMPLOYEE.as("boss");
        assertThat(postgres.select(EMPLOYEE.LAST_NAME).from(boss).join(boss.REPORTS, EMPLOYEE).sql())
                .endsWith("FROM \"employee\" \"boss\" JOIN \"employee\" t0 ON \"boss\".\"employee_id\" = t0.\"reports_to\"");
    }

    @Test
    void everyValueIsAParameterAndSelectedValuesAreTyped() {
        String sql = postgres.select(TRACK.NAME, value(7), TRACK.MILLISECONDS.plus(1000))
                .from(TRACK).where(TRACK.UNIT_PRICE.gt(new BigDecimal("0.99"))).limit(3).offset(4).sql();
        assertThat(sql).isEqualTo("SELECT t0.\"name\", CAST(:p1 AS integer), (t0.\"milliseconds\" + :p2)"
                + " FROM \"track\" t0 WHERE t0.\"unit_price\" > :p3 LIMIT :p4 OFFSET :p5");
    }

    @Test
    void aRecursiveCommonTableDeclaresItsColumnsAndAUnionIsOrderedByPosition() {
        CommonTable chain = CommonTable.recursive("chain", "id", "depth");
        Expression<Integer> depth = chain.column("depth", Integer.class);
        chain = chain.as(postgres.select(EMPLOYEE.EMPLOYEE_ID, value(0)).from(EMPLOYEE)
                .unionAll(postgres.select(EMPLOYEE.EMPLOYEE_ID, depth.plus(1)).from(chain)
                        .join(EMPLOYEE).on(EMPLOYEE.EMPLOYEE_ID.gt(chain.column("id", Integer.class)))));
        assertThat(postgres.select(depth).from(chain).with(chain).orderBy(depth.desc()).sql())
                .isEqualTo("WITH RECURSIVE \"chain\"(\"id\", \"depth\") AS (SELECT t0.\"employee_id\" AS \"c1\","
                        + " CAST(:p1 AS integer) AS \"c2\" FROM \"employee\" t0 UNION ALL SELECT t1.\"employee_id\" AS \"c1\","
                        + " (\"chain\".\"depth\" + :p2) AS \"c2\" FROM \"chain\" JOIN \"employee\" t1"
                        + " ON t1.\"employee_id\" > \"chain\".\"id\") SELECT \"chain\".\"depth\" FROM \"chain\""
                        + " ORDER BY \"chain\".\"depth\" DESC");
        assertThat(postgres.select(TRACK.NAME).from(TRACK).union(postgres.select(TRACK.COMPOSER).from(TRACK))
                .orderBy(TRACK.NAME.desc().nullsLast()).sql())
                .endsWith("UNION SELECT t1.\"composer\" FROM \"track\" t1 ORDER BY 1 DESC NULLS LAST");
    }

    @Test
    void windowFunctionsAndDerivedTablesAreNamed() {
        Expression<BigDecimal> revenue = sum(INVOICE.TOTAL);
        DerivedTable ranked = postgres.select(INVOICE.BILLING_COUNTRY, revenue,
                Functions.rank().over(Window.all().orderBy(revenue.desc())).as("place"))
                .from(INVOICE).groupBy(INVOICE.BILLING_COUNTRY).as("ranked");
        assertThat(postgres.select(ranked.column(INVOICE.BILLING_COUNTRY)).from(ranked).sql())
                .isEqualTo("SELECT \"ranked\".\"c1\" FROM (SELECT t0.\"billing_country\" AS \"c1\","
                        + " SUM(t0.\"total\") AS \"c2\", RANK() OVER ( ORDER BY SUM(t0.\"total\") DESC) AS \"place\""
                        + " FROM \"invoice\" t0 GROUP BY t0.\"billing_country\") \"ranked\"");
    }

    @Test
    void misuseIsReportedWithWhatToDo() {
        assertThatThrownBy(() -> postgres.select(TRACK.NAME, INVOICE.TOTAL).from(TRACK).sql())
                .hasMessageContaining("does not select from or join").hasMessageContaining("Join it");
        assertThatThrownBy(() -> Functions.rawExpression("? + ?", Integer.class, 1))
                .hasMessageContaining("one argument per ?");
        assertThatThrownBy(() -> postgres.select(TRACK.NAME).from(TRACK)
                .union(postgres.select(TRACK.NAME, TRACK.COMPOSER).from(TRACK)))
                .hasMessageContaining("select as many");
        assertThatThrownBy(() -> TRACK.NAME.as("bad name")).hasMessageContaining("plain SQL identifier");
    }
}
