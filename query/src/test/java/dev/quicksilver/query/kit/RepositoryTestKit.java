package dev.quicksilver.query.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quicksilver.mapping.MappingContext;
import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.mapping.ddl.SchemaDdl;
import dev.quicksilver.mapping.model.EntityModel;
import dev.quicksilver.query.NonUniqueResultException;
import dev.quicksilver.query.OptimisticLockException;
import dev.quicksilver.query.entities.Movement;
import dev.quicksilver.query.entities.StockItem;
import dev.quicksilver.query.kit.KitRepositories.CustomerRepository;
import dev.quicksilver.query.kit.KitRepositories.IgnoreCaseOnNumberRepository;
import dev.quicksilver.query.kit.KitRepositories.IntegerCountRepository;
import dev.quicksilver.query.kit.KitRepositories.ListReturningRepository;
import dev.quicksilver.query.kit.KitRepositories.MisspeltRepository;
import dev.quicksilver.query.kit.KitRepositories.MissingParameterRepository;
import dev.quicksilver.query.kit.KitRepositories.MovementRepository;
import dev.quicksilver.query.kit.KitRepositories.SortedCountRepository;
import dev.quicksilver.query.kit.KitRepositories.StockItemRepository;
import dev.quicksilver.query.kit.KitRepositories.TooFewParametersRepository;
import dev.quicksilver.query.kit.KitRepositories.TrackName;
import dev.quicksilver.query.kit.KitRepositories.TrackRepository;
import dev.quicksilver.query.kit.KitRepositories.UnnamedParameterRepository;
import dev.quicksilver.query.kit.KitRepositories.WrongIdRepository;
import dev.quicksilver.query.kit.KitRepositories.WrongTypeRepository;
import dev.quicksilver.query.repository.Repositories;
import dev.quicksilver.query.repository.RepositoryDefinitionException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Reactive repositories on a real database: the base methods on a table of the kit's own, every
 * derived keyword checked against hand-written SQL on Chinook, {@code @Query} with named parameters and
 * a record projection, keyset pages over every track, and the messages of repositories that cannot be
 * created.
 */
public abstract class RepositoryTestKit extends ChinookTestKit {

    private TrackRepository tracks;
    private StockItemRepository items;
    private MovementRepository movements;

    @BeforeAll
    void createRepositories() {
        for (String statement : SchemaDdl.of(MappingContext.standard(), db.dialect())
                .create(List.of(StockItem.class, Movement.class))) {
            db.sql(statement).rowsUpdated().block(TIMEOUT);
        }
        Repositories repositories = Repositories.of(qs);
        tracks = repositories.create(TrackRepository.class);
        items = repositories.create(StockItemRepository.class);
        movements = repositories.create(MovementRepository.class);
    }

    @Test
    void saveInsertsANewEntityAndUpdatesAStoredOneCheckingItsVersion() {
        StockItem saved = items.save(StockItem.of("crud-1", 5, true)).block(TIMEOUT);
        assertThat(saved.id()).isNotNull();
        assertThat(saved.version()).isZero();
        assertThat(items.findById(saved.id()).block(TIMEOUT)).isEqualTo(saved);

        StockItem updated = items.save(saved.withQty(7)).block(TIMEOUT);
        assertThat(updated.version()).isEqualTo(1L);
        assertThat(items.findById(saved.id()).block(TIMEOUT).qty()).isEqualTo(7);
        assertThat(items.existsById(saved.id()).block(TIMEOUT)).isTrue();

        // the first copy still carries version 0: a stale write, an error in the stream
        StepVerifier.create(items.save(saved.withQty(9))).expectError(OptimisticLockException.class).verify(TIMEOUT);

        items.delete(updated).block(TIMEOUT);
        assertThat(items.existsById(saved.id()).block(TIMEOUT)).isFalse();
        assertThat(items.findById(saved.id()).blockOptional(TIMEOUT)).isEmpty();
        assertThat(items.deleteById(saved.id()).block(TIMEOUT)).isZero();

        StockItem inserted = items.insert(StockItem.of("crud-2", 1, false)).block(TIMEOUT);
        assertThat(items.deleteById(inserted.id()).block(TIMEOUT)).isEqualTo(1L);
    }

    @Test
    void derivedMethodsOnTheKitsTable() {
        items.deleteAll().block(TIMEOUT);
        Flux.just(StockItem.of("b-on", 3, true), StockItem.of("a-on", 1, true), StockItem.of("c-off", 0, false),
                StockItem.of("d-off", 20, false)).concatMap(items::save).blockLast(TIMEOUT);

        assertThat(items.findByActiveTrueOrderBySkuAsc().map(StockItem::sku).collectList().block(TIMEOUT))
                .containsExactly("a-on", "b-on");
        assertThat(items.countByActiveFalse().block(TIMEOUT)).isEqualTo(2L);
        assertThat(items.countByNoteIsNull().block(TIMEOUT)).isEqualTo(4L);
        assertThat(items.count().block(TIMEOUT)).isEqualTo(4L);

        assertThat(items.addQty("a-on", 10).block(TIMEOUT)).isEqualTo(1L);
        assertThat(items.findBySku("a-on").block(TIMEOUT).qty()).isEqualTo(11);

        items.deleteByQtyLessThanAndActiveFalse(5).block(TIMEOUT);            // c-off
        assertThat(items.deleteBySkuStartingWith("b-").block(TIMEOUT)).isEqualTo(1L);
        assertThat(items.findAll().map(StockItem::sku).sort().collectList().block(TIMEOUT))
                .containsExactly("a-on", "d-off");
        assertThat(items.deleteAll().block(TIMEOUT)).isEqualTo(2L);
    }

    @Test
    void saveAllInsertsNewEntitiesThroughTheBulkWriterAndReturnsThemInInputOrder() {
        List<Movement> fresh = IntStream.range(0, 2_500).mapToObj(i -> new Movement(null, "bulk", i)).toList();
        List<Movement> saved = movements.saveAll(Flux.fromIterable(fresh)).collectList().block(TIMEOUT);
        assertThat(saved).hasSize(2_500).allSatisfy(movement -> assertThat(movement.id()).isNotNull());
        assertThat(saved).extracting(Movement::delta).containsExactlyElementsOf(IntStream.range(0, 2_500).boxed().toList());
        assertThat(movements.countBySku("bulk").block(TIMEOUT)).isEqualTo(2_500L);

        // a mix: two stored ones changed, one new between them
        List<Movement> mixed = List.of(new Movement(saved.get(0).id(), "bulk", -1), new Movement(null, "bulk", -2),
                new Movement(saved.get(1).id(), "bulk", -3));
        List<Movement> again = movements.saveAll(Flux.fromIterable(mixed)).collectList().block(TIMEOUT);
        assertThat(again).extracting(Movement::delta).containsExactly(-1, -2, -3);
        assertThat(again.get(0).id()).isEqualTo(saved.get(0).id());
        assertThat(again.get(1).id()).isNotNull().isNotIn(saved.get(0).id(), saved.get(1).id());
        assertThat(movements.findById(saved.get(1).id()).block(TIMEOUT).delta()).isEqualTo(-3);
        assertThat(movements.countBySku("bulk").block(TIMEOUT)).isEqualTo(2_501L);

        assertThat(movements.deleteAllById(List.of(saved.get(0).id(), saved.get(1).id(), -42L)).block(TIMEOUT))
                .isEqualTo(2L);
        assertThat(movements.deleteAll(Flux.fromIterable(saved.subList(2, 1_002))).block(TIMEOUT)).isEqualTo(1_000L);
        assertThat(movements.countBySku("bulk").block(TIMEOUT)).isEqualTo(1_499L);
        movements.deleteAll().block(TIMEOUT);
    }

    @Test
    void saveAllInsertsVersionedEntitiesOneByOneSoTheirVersionIsSet() {
        List<StockItem> saved = items.saveAll(Flux.just(StockItem.of("all-1", 1, true), StockItem.of("all-2", 2, true)))
                .collectList().block(TIMEOUT);
        assertThat(saved).extracting(StockItem::sku).containsExactly("all-1", "all-2");
        assertThat(saved).allSatisfy(item -> assertThat(item.version()).isZero());
        List<StockItem> again = items.saveAll(Flux.just(saved.get(1).withQty(20), StockItem.of("all-3", 3, false)))
                .collectList().block(TIMEOUT);
        assertThat(again).extracting(StockItem::version).containsExactly(1L, 0L);
        assertThat(items.deleteBySkuStartingWith("all-").block(TIMEOUT)).isEqualTo(3L);
    }

    @Test
    void comparisonsMatchHandWrittenSql() {
        assertThat(tracks.findByMillisecondsBetweenOrderByNameAsc(200_000, 210_000).map(Track::getName)
                .collectList().block(TIMEOUT)).isNotEmpty().containsExactlyElementsOf(strings(
                "SELECT \"name\" FROM \"track\" WHERE \"milliseconds\" BETWEEN 200000 AND 210000 ORDER BY \"name\" ASC"));
        assertThat(tracks.countByComposerIsNull().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"composer\" IS NULL")).isPositive();
        assertThat(tracks.countByComposerIsNotNullAndBytesGreaterThanEqual(10_000_000).block(TIMEOUT)).isEqualTo(scalar(
                "SELECT COUNT(*) FROM \"track\" WHERE \"composer\" IS NOT NULL AND \"bytes\" >= 10000000"));
        assertThat(tracks.findTop5ByUnitPriceGreaterThanOrderByTrackIdDesc(new BigDecimal("0.99")).map(Track::getTrackId)
                .collectList().block(TIMEOUT)).hasSize(5).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"unit_price\" > 0.99 ORDER BY \"track_id\" DESC LIMIT 5"));
        assertThat(tracks.findByTrackIdInOrderByTrackIdAsc(List.of(7, 3, 3_503)).map(Track::getTrackId)
                .collectList().block(TIMEOUT)).containsExactly(3, 7, 3_503);
        assertThat(tracks.findByTrackIdInOrderByTrackIdAsc(List.of()).collectList().block(TIMEOUT)).isEmpty();
        assertThat(tracks.countByTrackIdNotIn(List.of(1, 2, 3)).block(TIMEOUT)).isEqualTo(3_500L);
        assertThat(tracks.countByTrackIdNotIn(List.of()).block(TIMEOUT)).isEqualTo(3_503L);
        assertThat(tracks.countByMillisecondsLessThan(180_000).block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" < 180000"));
        assertThat(tracks.countByMillisecondsLessThanEqual(180_000).block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" <= 180000"));
        assertThat(tracks.countByMillisecondsGreaterThan(180_000).block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"milliseconds\" > 180000"));
        assertThat(tracks.countByComposerNot("AC/DC").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"composer\" <> 'AC/DC'"));
        assertThat(tracks.findAll(EntityModel.of(Track.class).column("milliseconds", Integer.class).desc())
                .take(3).map(Track::getTrackId).collectList().block(TIMEOUT)).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" ORDER BY \"milliseconds\" DESC LIMIT 3"));
        assertThat(tracks.count().block(TIMEOUT)).isEqualTo(3_503L);
        assertThat(tracks.existsById(3_503).block(TIMEOUT)).isTrue();
        assertThat(tracks.existsById(3_504).block(TIMEOUT)).isFalse();
    }

    @Test
    void ignoreCaseLowersBothSidesAndSortKeysOrderEachCall() {
        assertThat(tracks.countByComposerIgnoreCase("ac/dc").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE LOWER(\"composer\") = 'ac/dc'")).isPositive();
        assertThat(tracks.findByNameContainingIgnoreCaseOrderByTrackIdAsc("LOVE").map(Track::getTrackId)
                .collectList().block(TIMEOUT)).isNotEmpty().containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE LOWER(\"name\") LIKE '%love%' ORDER BY \"track_id\""));
        assertThat(tracks.countByComposerStartingWithOrNameEndingWithAllIgnoreCase("JOHN", "BLUES").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE LOWER(\"composer\") LIKE 'john%'"
                        + " OR LOWER(\"name\") LIKE '%blues'")).isPositive();
        EntityModel<Track> track = EntityModel.of(Track.class);
        assertThat(tracks.findByAlbum(1, track.column("milliseconds", Integer.class).desc()).map(Track::getTrackId)
                .collectList().block(TIMEOUT)).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"album_id\" = 1 ORDER BY \"milliseconds\" DESC"));
        assertThat(tracks.findByAlbum(1, track.column("name", String.class).asc()).map(Track::getTrackId)
                .collectList().block(TIMEOUT)).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"album_id\" = 1 ORDER BY \"name\" ASC"));
        assertThat(tracks.findByAlbum(1).collectList().block(TIMEOUT)).hasSize(10);
        assertThat(tracks.findTop2ByComposer("AC/DC", track.column("trackId", Integer.class).desc())
                .map(TrackName::trackId).collectList().block(TIMEOUT)).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"composer\" = 'AC/DC' ORDER BY \"track_id\" DESC"
                        + " LIMIT 2"));
        Repositories repositories = Repositories.of(qs);
        assertThatThrownBy(() -> repositories.create(IgnoreCaseOnNumberRepository.class))
                .hasMessage("IgnoreCaseOnNumberRepository.findByQtyIgnoreCase: IgnoreCase applies to text properties;"
                        + " 'qty' is int");
        assertThatThrownBy(() -> repositories.create(SortedCountRepository.class))
                .hasMessage("SortedCountRepository.countBySku: a SortKey... parameter orders find methods only");
    }

    @Test
    void embeddedPathsAndToOneKeysAreProperties() {
        CustomerRepository customers = Repositories.of(qs).create(CustomerRepository.class);
        assertThat(customers.countByAddressCountry("USA").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"customer\" WHERE \"country\" = 'USA'")).isPositive();
        assertThat(customers.findByAddressCityOrderByCustomerIdAsc("Paris").map(Customer::firstName).collectList()
                .block(TIMEOUT)).isNotEmpty().containsExactlyElementsOf(strings(
                "SELECT \"first_name\" FROM \"customer\" WHERE \"city\" = 'Paris' ORDER BY \"customer_id\""));
        assertThat(customers.countBySupportRep(3).block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"customer\" WHERE \"support_rep_id\" = 3")).isPositive();
        assertThat(tracks.countByAlbum(1).block(TIMEOUT)).isEqualTo(tracks.tracksOnAlbum(1).block(TIMEOUT));
    }

    @Test
    void textMatchesEscapeTheUsersText() {
        assertThat(tracks.existsByNameStartingWith("Fast As").block(TIMEOUT)).isTrue();
        // unescaped, '_' would match the space and '%' anything
        assertThat(tracks.existsByNameStartingWith("Fast_As").block(TIMEOUT)).isFalse();
        assertThat(tracks.existsByNameStartingWith("%").block(TIMEOUT)).isFalse();
        assertThat(tracks.existsByNameStartingWith("100%_'\"\\; DROP TABLE \"track\"").block(TIMEOUT)).isFalse();
        assertThat(tracks.findByNameContainingOrComposerEndingWithOrderByTrackIdAsc("n't", "Bach").map(Track::getTrackId)
                .collectList().block(TIMEOUT)).isNotEmpty().containsExactlyElementsOf(ints("SELECT \"track_id\" FROM"
                + " \"track\" WHERE \"name\" LIKE '%n''t%' OR \"composer\" LIKE '%Bach' ORDER BY \"track_id\""));
        // Like passes the pattern through: the caller's wildcards work
        assertThat(tracks.findByNameLikeOrderByTrackIdAsc("Fast_As%").map(Track::getTrackId).collectList()
                .block(TIMEOUT)).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"name\" LIKE 'Fast_As%' ORDER BY \"track_id\""));
        assertThat(tracks.countByNameNotLike("%a%").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"name\" NOT LIKE '%a%'"));
        assertThat(tracks.countByNameNotContaining("_").block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"name\" NOT LIKE '%\\_%' ESCAPE '\\'"));
    }

    @Test
    void monoResultsAreOneOrFirst() {
        Track longest = tracks.findFirstByComposerOrderByMillisecondsDesc("AC/DC").block(TIMEOUT);
        assertThat(longest.getTrackId()).isEqualTo(ints("SELECT \"track_id\" FROM \"track\" WHERE \"composer\" = 'AC/DC'"
                + " ORDER BY \"milliseconds\" DESC LIMIT 1").get(0));
        StepVerifier.create(tracks.findByComposer("AC/DC")).expectError(NonUniqueResultException.class).verify(TIMEOUT);
        assertThat(tracks.findByName("Balls to the Wall").block(TIMEOUT).getTrackId()).isEqualTo(2);
        assertThat(tracks.findByName("no such track").blockOptional(TIMEOUT)).isEmpty();
        assertThat(tracks.findById(2).block(TIMEOUT).getName()).isEqualTo("Balls to the Wall");

        // null: IS NULL / IS NOT NULL for equality, an error in the stream (nothing thrown) elsewhere
        assertThat(tracks.countByComposerNot(null).block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"composer\" IS NOT NULL"));
        Flux<Track> noList = tracks.findByTrackIdInOrderByTrackIdAsc(null);
        StepVerifier.create(noList).expectErrorSatisfies(error -> assertThat(error)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("TrackRepository.findByTrackIdInOrderByTrackIdAsc: parameter 1 is null"))
                .verify(TIMEOUT);
        assertThat(tracks.toString()).startsWith("TrackRepository");
    }

    @Test
    void projectionsAndQueriesWithNamedParameters() {
        assertThat(tracks.findTop3ByOrderByMillisecondsDesc().collectList().block(TIMEOUT)).extracting(TrackName::trackId)
                .containsExactlyElementsOf(ints("SELECT \"track_id\" FROM \"track\" ORDER BY \"milliseconds\" DESC LIMIT 3"));
        List<TrackName> byAcdc = tracks.findByComposerOrderByTrackIdAsc("AC/DC").collectList().block(TIMEOUT);
        assertThat(byAcdc).isNotEmpty().extracting(TrackName::trackId).containsExactlyElementsOf(
                ints("SELECT \"track_id\" FROM \"track\" WHERE \"composer\" = 'AC/DC' ORDER BY \"track_id\""));
        assertThat(byAcdc.get(0).name()).isEqualTo(strings("SELECT \"name\" FROM \"track\" WHERE \"track_id\" = "
                + byAcdc.get(0).trackId()).get(0));
        assertThat(tracks.findDistinctByAlbumAndComposerIsNotNull(3).map(TrackRepository.Composer::composer)
                .collectList().block(TIMEOUT)).isNotEmpty().doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(strings("SELECT DISTINCT"
                + " \"composer\" FROM \"track\" WHERE \"album_id\" = 3 AND \"composer\" IS NOT NULL ORDER BY \"composer\""));
        List<TrackName> longOnes = tracks.longTracksBy("AC/DC", 300_000).collectList().block(TIMEOUT);
        assertThat(longOnes).isNotEmpty().extracting(TrackName::trackId).containsExactlyElementsOf(ints(
                "SELECT \"track_id\" FROM \"track\" WHERE \"composer\" = 'AC/DC' AND \"milliseconds\" > 300000"
                        + " ORDER BY \"track_id\""));
        assertThat(tracks.byNameSql("Balls to the Wall").block(TIMEOUT).getTrackId()).isEqualTo(2);
        assertThat(tracks.tracksOnFirstAlbum().block(TIMEOUT))
                .isEqualTo(scalar("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = 1"));
    }

    @Test
    void keysetPagesWalkEveryTrackOnce() {
        List<List<Track>> pages = tracks.findAllInPages(500).collectList().block(TIMEOUT);
        assertThat(pages).hasSize(8);
        List<Integer> ids = pages.stream().flatMap(List::stream).map(Track::getTrackId).toList();
        assertThat(ids).hasSize(3_503).isSorted().doesNotHaveDuplicates();

        List<Integer> walked = new ArrayList<>();
        List<Track> page = tracks.findPageAfter(null, 1_000).block(TIMEOUT);
        int statements = 0;
        while (!page.isEmpty()) {
            statements++;
            page.forEach(track -> walked.add(track.getTrackId()));
            page = tracks.findPageAfter(page.get(page.size() - 1), 1_000).block(TIMEOUT);
        }
        assertThat(statements).isEqualTo(4);
        assertThat(walked).containsExactlyElementsOf(ids);
    }

    @Test
    void repositoriesThatCannotBeImplementedFailAtCreationNamingTheMethod() {
        Repositories repositories = Repositories.of(qs);
        assertThatThrownBy(() -> repositories.create(MisspeltRepository.class))
                .isInstanceOf(RepositoryDefinitionException.class)
                .hasMessage("MisspeltRepository.findBySkuu: no property 'skuu' on StockItem; properties are id, sku, qty,"
                        + " active, note, version");
        assertThatThrownBy(() -> repositories.create(TooFewParametersRepository.class))
                .hasMessageStartingWith("TooFewParametersRepository.findBySkuAndQty: the name asks for 2 parameter(s)")
                .hasMessageEndingWith("but the method declares 1");
        assertThatThrownBy(() -> repositories.create(WrongTypeRepository.class))
                .hasMessage("WrongTypeRepository.findByQtyGreaterThan: parameter 1 (String) of GREATER_THAN on 'qty'"
                        + " does not fit the property's type int");
        assertThatThrownBy(() -> repositories.create(ListReturningRepository.class))
                .hasMessageStartingWith("ListReturningRepository.findBySku: unsupported return type java.util.List<");
        assertThatThrownBy(() -> repositories.create(IntegerCountRepository.class))
                .hasMessage("IntegerCountRepository.countBySku: unsupported return type reactor.core.publisher.Mono"
                        + "<java.lang.Integer>; a count method returns Mono<Long>");
        // this build compiles with -parameters, so a parameter without @Param is bound by its compiled name
        assertThat(repositories.create(UnnamedParameterRepository.class).bySku("no such sku").collectList()
                .block(TIMEOUT)).isEmpty();
        assertThatThrownBy(() -> repositories.create(MissingParameterRepository.class))
                .hasMessageStartingWith("MissingParameterRepository.bySku: the SQL uses [:qty] but no parameter is named so");
        assertThatThrownBy(() -> repositories.create(WrongIdRepository.class))
                .hasMessage("WrongIdRepository: the id type String does not match StockItem.id (Long)");
    }

    private List<Integer> ints(String sql) {
        return db.sql(sql).map(row -> row.get(0, Integer.class)).collectList().block(TIMEOUT);
    }

    private List<String> strings(String sql) {
        return db.sql(sql).map(row -> row.get(0, String.class)).collectList().block(TIMEOUT);
    }
}
