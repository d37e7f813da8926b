package dev.quicksilver.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quicksilver.core.dialect.Dialects;
import org.junit.jupiter.api.Test;

class NamedParametersTest {

    @Test
    void rewritesNamesToPositionalMarkersReusingRepeatedNames() {
        ParsedSql parsed = NamedParameters.parseUncached("SELECT * FROM t WHERE a = :a AND b = :b OR a > :a");
        assertThat(parsed.distinctNames()).containsExactly("a", "b");
        assertThat(parsed.render(Dialects.postgres())).isEqualTo("SELECT * FROM t WHERE a = $1 AND b = $2 OR a > $1");
    }

    @Test
    void skipsLiteralsQuotedIdentifiersCommentsCastsAndDollarQuotes() {
        String sql = "SELECT ':x', \"col:y\", a::text, $$ :z $$, $tag$ :w $tag$ /* :c /* nested :d */ :e */ -- :f\n"
                + "FROM t WHERE v = :value AND w = $1";
        ParsedSql parsed = NamedParameters.parseUncached(sql);
        assertThat(parsed.distinctNames()).containsExactly("value");
        assertThat(parsed.render(Dialects.h2())).endsWith("WHERE v = $1 AND w = $1");
    }

    @Test
    void escapeStringsAndArraySlicesAreNotParameters() {
        ParsedSql escaped = NamedParameters.parseUncached("SELECT E'it\\'s :notparam', :real");
        assertThat(escaped.distinctNames()).containsExactly("real");
        assertThat(escaped.render(Dialects.postgres())).isEqualTo("SELECT E'it\\'s :notparam', $1");
        ParsedSql slice = NamedParameters.parseUncached("SELECT arr[1:n], arr[lo:hi] FROM t WHERE id = :id");
        assertThat(slice.distinctNames()).containsExactly("id");
        assertThat(NamedParameters.parseUncached("SELECT (:a),:b FROM t WHERE x IN(:c)").distinctNames())
                .containsExactly("a", "b", "c");
    }

    @Test
    void textWithoutParametersIsLeftUntouched() {
        String sql = "UPDATE t SET n = n + 1";
        assertThat(NamedParameters.parseUncached(sql).render(Dialects.postgres())).isSameAs(sql);
    }

    @Test
    void findsOperationAndTableForObservations() {
        ParsedSql select = NamedParameters.parseUncached("  /* hint */ select * from \"Shop\".orders o join x on 1=1");
        assertThat(select.operation()).isEqualTo("SELECT");
        assertThat(select.table()).isEqualTo("Shop.orders");
        ParsedSql insert = NamedParameters.parseUncached("INSERT INTO invoice_line (id) VALUES (:id)");
        assertThat(insert.operation()).isEqualTo("INSERT");
        assertThat(insert.table()).isEqualTo("invoice_line");
        assertThat(NamedParameters.parseUncached("SELECT 1").table()).isNull();
    }

    @Test
    void parsesEachTextOnce() {
        String sql = "SELECT :cached";
        assertThat(NamedParameters.parse(sql)).isSameAs(NamedParameters.parse(sql));
    }
}
