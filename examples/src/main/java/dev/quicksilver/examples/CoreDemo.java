package dev.quicksilver.examples;

import dev.quicksilver.core.Database;
import dev.quicksilver.core.DatabaseOptions;
import dev.quicksilver.core.exception.UniqueViolationException;
import dev.quicksilver.core.observation.StatementRecorder;
import java.io.PrintStream;
import java.time.Duration;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A tour of Quicksilver's core on embedded H2: a table, a transaction with a savepoint that rolls
 * back alone, a query with named parameters, a constraint error as a value in the stream, and the
 * statement count. Run it with the README's first command; it prints what it did.
 */
public final class CoreDemo {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private CoreDemo() {
    }

    /**
     * Runs the demo and prints to standard output.
     *
     * @param args unused
     */
    public static void main(String[] args) {
        run(System.out);
    }

    /**
     * Runs the demo, printing to the given stream.
     *
     * @param out where to print
     */
    public static void run(PrintStream out) {
        StatementRecorder recorder = StatementRecorder.create();
        Database db = Database.connect("r2dbc:h2:mem:///quicksilver_demo",
                DatabaseOptions.builder().name("demo").listener(recorder).build());
        try {
            out.println("Connected: " + db);

            db.sql("CREATE TABLE artist (id INTEGER PRIMARY KEY, name VARCHAR(120) NOT NULL,"
                    + " CONSTRAINT uq_artist_name UNIQUE (name))").rowsUpdated().block(TIMEOUT);
            out.println("Created table artist");

            Mono<Long> insertArtists = Flux.just("AC/DC", "Accept", "Aerosmith", "Alanis Morissette")
                    .index()
                    .concatMap(artist -> db.sql("INSERT INTO artist (id, name) VALUES (:id, :name)")
                            .bind("id", (int) (artist.getT1() + 1)).bind("name", artist.getT2()).rowsUpdated())
                    .reduce(0L, Long::sum);
            Long inserted = db.inTransaction(tx -> insertArtists
                    .flatMap(count -> db.transactional(db.sql("INSERT INTO artist (id, name) VALUES (99, 'AC/DC')")
                                    .rowsUpdated())
                            .onErrorResume(UniqueViolationException.class, duplicate -> {
                                out.println("Savepoint rolled back alone: " + duplicate.constraintName()
                                        + " refused a second 'AC/DC'");
                                return Mono.just(0L);
                            })
                            .thenReturn(count)))
                    .single().block(TIMEOUT);
            out.println("Committed a transaction that inserted " + inserted + " artists");

            db.sql("SELECT id, name FROM artist WHERE name LIKE :prefix ORDER BY name")
                    .bind("prefix", "A%")
                    .map(row -> row.get(0, Integer.class) + " " + row.get(1, String.class))
                    .doOnNext(line -> out.println("  artist " + line))
                    .then().block(TIMEOUT);

            String failure = db.sql("INSERT INTO artist (id, name) VALUES (:id, :name)")
                    .bind("id", 1).bind("name", "Duplicate id")
                    .rowsUpdated()
                    .map(count -> "no error?")
                    .onErrorResume(UniqueViolationException.class,
                            error -> Mono.just(error.getClass().getSimpleName() + " (SQLSTATE " + error.sqlState() + ")"))
                    .block(TIMEOUT);
            out.println("A duplicate key arrived as a value in the stream: " + failure);

            out.println("Statements run: " + recorder.count() + "; pool: " + db.poolStats().orElseThrow());
        } finally {
            db.close().block(TIMEOUT);
        }
        out.println("Closed the database. Done.");
    }
}
