package dev.quicksilver.migrations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSplitterTest {

    private final SqlSplitter postgres = new SqlSplitter(true, true);
    private final SqlSplitter h2 = new SqlSplitter(false, false);

    private static List<String> texts(List<SqlStatement> statements) {
        return statements.stream().map(SqlStatement::sql).toList();
    }

    @Test
    void splitsAtSemicolonsAndDropsEmptyStatements() {
        assertThat(texts(h2.split("CREATE TABLE a (id INT);\n\n;INSERT INTO a VALUES (1);  \n")))
                .containsExactly("CREATE TABLE a (id INT)", "INSERT INTO a VALUES (1)");
    }

    @Test
    void theLastStatementNeedsNoSemicolon() {
        assertThat(texts(h2.split("SELECT 1;\nSELECT 2\n"))).containsExactly("SELECT 1", "SELECT 2");
    }

    @Test
    void semicolonsInsideStringsWithDoubledQuotesDoNotSplit() {
        assertThat(texts(h2.split("INSERT INTO t VALUES ('a;b', 'it''s; fine', '');SELECT ';'")))
                .containsExactly("INSERT INTO t VALUES ('a;b', 'it''s; fine', '')", "SELECT ';'");
    }

    @Test
    void semicolonsInsideQuotedIdentifiersDoNotSplit() {
        assertThat(texts(h2.split("CREATE TABLE \"odd;name\" (\"a\"\";b\" INT); DROP TABLE x")))
                .containsExactly("CREATE TABLE \"odd;name\" (\"a\"\";b\" INT)", "DROP TABLE x");
    }

    @Test
    void dollarQuotedBodiesKeepTheirSemicolons() {
        String function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
        String tagged = "DO $body$ BEGIN PERFORM 1; RAISE NOTICE '$$'; END $body$";
        assertThat(texts(postgres.split(function + ";\n" + tagged + ";\nSELECT 1;")))
                .containsExactly(function, tagged, "SELECT 1");
    }

    @Test
    void anInnerDollarTagDoesNotCloseAnOuterOne() {
        String nested = "CREATE FUNCTION g() RETURNS void AS $outer$ BEGIN EXECUTE $inner$ SELECT 1; $inner$; END $outer$"
                + " LANGUAGE plpgsql";
        assertThat(texts(postgres.split(nested + "; SELECT 2"))).containsExactly(nested, "SELECT 2");
    }

    @Test
    void positionalParametersAndIdentifiersWithDollarsAreNotQuotes() {
        assertThat(texts(postgres.split("SELECT a$b$, $1 FROM t; SELECT 2")))
                .containsExactly("SELECT a$b$, $1 FROM t", "SELECT 2");
    }

    @Test
    void lineCommentsHideSemicolonsAndQuotes() {
        assertThat(texts(h2.split("SELECT 1 -- not here; nor 'here\n, 2;\n-- only a comment;\nSELECT 3")))
                .containsExactly("SELECT 1 -- not here; nor 'here\n, 2", "SELECT 3");
    }

    @Test
    void blockCommentsHideSemicolonsAndNestOnPostgres() {
        String script = "/* outer /* inner; */ still comment; */ SELECT 1; SELECT 2";
        assertThat(texts(postgres.split(script))).containsExactly("SELECT 1", "SELECT 2");
        // without nesting the first */ closes the comment, so "still comment" is SQL
        assertThat(texts(h2.split(script))).containsExactly("still comment", "*/ SELECT 1", "SELECT 2");
    }

    @Test
    void escapeStringsTakeBackslashesOnPostgres() {
        assertThat(texts(postgres.split("SELECT E'it\\'s; ok'; SELECT 'plain\\'; SELECT 3")))
                .containsExactly("SELECT E'it\\'s; ok'", "SELECT 'plain\\'", "SELECT 3");
    }

    @Test
    void statementsKnowTheLineTheyStartOn() {
        List<SqlStatement> statements = h2.split("-- header\n\nCREATE TABLE a (\n  id INT\n);\n/* two\nlines */\n"
                + "INSERT INTO a VALUES ('multi\nline');\n\nSELECT 1;");
        assertThat(statements).extracting(SqlStatement::line).containsExactly(3, 8, 11);
        assertThat(statements.get(0).sql()).isEqualTo("CREATE TABLE a (\n  id INT\n)");
    }

    @Test
    void crlfLineEndsAreWhitespace() {
        assertThat(h2.split("SELECT 1;\r\nSELECT 2;\r\n")).extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SELECT 1", 1), org.assertj.core.groups.Tuple.tuple("SELECT 2", 2));
    }

    @Test
    void unclosedQuotesAndCommentsAreErrorsNamingTheLine() {
        assertThatThrownBy(() -> h2.split("SELECT 1;\nSELECT 'open")).hasMessageContaining("string literal opened on line 2");
        assertThatThrownBy(() -> postgres.split("\n\nDO $x$ BEGIN")).hasMessageContaining("$x$ on line 3");
        assertThatThrownBy(() -> postgres.split("/* /* */")).hasMessageContaining("block comment opened on line 1");
        assertThatThrownBy(() -> h2.split("SELECT \"x")).hasMessageContaining("quoted identifier");
    }

    @Test
    void onlyCommentsAndBlanksIsNoStatement() {
        assertThat(h2.split("-- nothing\n/* at all */\n   \n")).isEmpty();
        assertThat(h2.split("")).isEmpty();
    }

    @Test
    void semicolonsTheDriverWouldCutAtAreEscapedAsUnicodeLiterals() {
        assertThat(h2.escapeSemicolons("INSERT INTO t VALUES (1, 'Smith; John', 'O''Brien')"))
                .isEqualTo("INSERT INTO t VALUES (1, U&'Smith\\003B John', 'O''Brien')");
        assertThat(h2.escapeSemicolons("SELECT 'a\\b;' AS \"x;y\" FROM t -- why; not\nWHERE /* c; */ 1 = 1"))
                .isEqualTo("SELECT U&'a\\\\b\\003B' AS U&\"x\\003By\" FROM t \nWHERE   1 = 1");
        assertThat(h2.escapeSemicolons("CREATE ALIAS f AS $$ int f() { return 1; } $$"))
                .isEqualTo("CREATE ALIAS f AS U&' int f() { return 1\\003B } '");
        assertThat(h2.escapeSemicolons("SELECT 'no semicolon'")).isEqualTo("SELECT 'no semicolon'");
    }
}
