package dev.quicksilver.query.kit;

import dev.quicksilver.mapping.chinook.Customer;
import dev.quicksilver.mapping.chinook.Track;
import dev.quicksilver.query.entities.Movement;
import dev.quicksilver.query.entities.StockItem;
import dev.quicksilver.mapping.model.SortKey;
import dev.quicksilver.query.repository.Param;
import dev.quicksilver.query.repository.Query;
import dev.quicksilver.query.repository.ReactiveRepository;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The repository interfaces of {@link RepositoryTestKit}: good ones and ones that must fail creation. */
public final class KitRepositories {

    private KitRepositories() {
    }

    /** Two properties of a track, as a projection. */
    public record TrackName(int trackId, String name) {
    }

    /** Derived and hand-written queries over Chinook's tracks. */
    public interface TrackRepository extends ReactiveRepository<Track, Integer> {

        Flux<Track> findByMillisecondsBetweenOrderByNameAsc(int low, int high);

        Mono<Long> countByComposerIsNull();

        Mono<Long> countByComposerIsNotNullAndBytesGreaterThanEqual(int bytes);

        Mono<Boolean> existsByNameStartingWith(String prefix);

        Flux<Track> findTop5ByUnitPriceGreaterThanOrderByTrackIdDesc(BigDecimal price);

        Mono<Track> findFirstByComposerOrderByMillisecondsDesc(String composer);

        Mono<Track> findByComposer(String composer);

        Mono<Track> findByName(String name);

        Flux<Track> findByTrackIdInOrderByTrackIdAsc(Collection<Integer> ids);

        Mono<Long> countByTrackIdNotIn(List<Integer> ids);

        Mono<Long> countByMillisecondsLessThan(int milliseconds);

        Mono<Long> countByMillisecondsLessThanEqual(int milliseconds);

        Mono<Long> countByMillisecondsGreaterThan(int milliseconds);

        Mono<Long> countByComposerNot(String composer);

        Flux<Track> findByNameContainingOrComposerEndingWithOrderByTrackIdAsc(String part, String suffix);

        Flux<Track> findByNameLikeOrderByTrackIdAsc(String pattern);

        Mono<Long> countByNameNotLike(String pattern);

        Mono<Long> countByNameNotContaining(String part);

        Flux<TrackName> findTop3ByOrderByMillisecondsDesc();

        /** A projection of one property: one row per distinct composer of an album. */
        record Composer(String composer) {
        }

        Flux<Composer> findDistinctByAlbumAndComposerIsNotNull(int album);

        Flux<TrackName> findByComposerOrderByTrackIdAsc(String composer);

        @Query("SELECT \"track_id\", \"name\" FROM \"track\" WHERE \"composer\" = :composer"
                + " AND \"milliseconds\" > :ms ORDER BY \"track_id\"")
        Flux<TrackName> longTracksBy(@Param("composer") String composer, @Param("ms") int milliseconds);

        @Query("SELECT * FROM \"track\" WHERE \"name\" = :name")
        Mono<Track> byNameSql(@Param("name") String name);

        @Query("SELECT COUNT(*) FROM \"track\" WHERE \"album_id\" = :album")
        Mono<Long> tracksOnAlbum(@Param("album") int album);

        Mono<Long> countByAlbum(int album);

        Mono<Long> countByComposerIgnoreCase(String composer);

        Flux<Track> findByNameContainingIgnoreCaseOrderByTrackIdAsc(String part);

        Mono<Long> countByComposerStartingWithOrNameEndingWithAllIgnoreCase(String prefix, String suffix);

        Flux<Track> findByAlbum(int album, SortKey... order);

        Flux<TrackName> findTop2ByComposer(String composer, SortKey... order);

        default Mono<Long> tracksOnFirstAlbum() {
            return tracksOnAlbum(1);
        }
    }

    /** Nested (embedded) property paths and a to-one relationship's key. */
    public interface CustomerRepository extends ReactiveRepository<Customer, Integer> {

        Mono<Long> countByAddressCountry(String country);

        Flux<Customer> findByAddressCityOrderByCustomerIdAsc(String city);

        Mono<Long> countBySupportRep(int employeeId);
    }

    /** Writes on a table of the kit's own. */
    public interface StockItemRepository extends ReactiveRepository<StockItem, Long> {

        Flux<StockItem> findByActiveTrueOrderBySkuAsc();

        Mono<Long> countByActiveFalse();

        Mono<StockItem> findBySku(String sku);

        Mono<Long> deleteBySkuStartingWith(String prefix);

        Mono<Void> deleteByQtyLessThanAndActiveFalse(int qty);

        Mono<Long> countByNoteIsNull();

        @Query("UPDATE \"stock_item\" SET \"qty\" = \"qty\" + :delta WHERE \"sku\" = :sku")
        Mono<Long> addQty(@Param("sku") String sku, @Param("delta") int delta);
    }

    /** A table without version, for saveAll through the bulk writer. */
    public interface MovementRepository extends ReactiveRepository<Movement, Long> {

        Mono<Long> countBySku(String sku);
    }

    /** Fails: a misspelt property. */
    public interface MisspeltRepository extends ReactiveRepository<StockItem, Long> {
        Flux<StockItem> findBySkuu(String sku);
    }

    /** Fails: two properties, one parameter. */
    public interface TooFewParametersRepository extends ReactiveRepository<StockItem, Long> {
        Flux<StockItem> findBySkuAndQty(String sku);
    }

    /** Fails: a parameter of the wrong type. */
    public interface WrongTypeRepository extends ReactiveRepository<StockItem, Long> {
        Flux<StockItem> findByQtyGreaterThan(String qty);
    }

    /** Fails: a List is not a reactive return type. */
    public interface ListReturningRepository extends ReactiveRepository<StockItem, Long> {
        List<StockItem> findBySku(String sku);
    }

    /** Fails: a count must be a Mono of Long. */
    public interface IntegerCountRepository extends ReactiveRepository<StockItem, Long> {
        Mono<Integer> countBySku(String sku);
    }

    /** A @Query parameter without @Param: bound by its compiled name (this build passes -parameters). */
    public interface UnnamedParameterRepository extends ReactiveRepository<StockItem, Long> {
        @Query("SELECT * FROM \"stock_item\" WHERE \"sku\" = :sku")
        Flux<StockItem> bySku(String sku);
    }

    /** Fails: the SQL names a parameter the method does not have. */
    public interface MissingParameterRepository extends ReactiveRepository<StockItem, Long> {
        @Query("SELECT * FROM \"stock_item\" WHERE \"sku\" = :sku AND \"qty\" > :qty")
        Flux<StockItem> bySku(@Param("sku") String sku);
    }

    /** Fails: the id type is not the entity's. */
    /** IgnoreCase on a number: fails creation. */
    public interface IgnoreCaseOnNumberRepository extends ReactiveRepository<StockItem, Long> {

        Flux<StockItem> findByQtyIgnoreCase(int qty);
    }

    /** A SortKey... on a count: fails creation. */
    public interface SortedCountRepository extends ReactiveRepository<StockItem, Long> {

        Mono<Long> countBySku(String sku, SortKey... order);
    }

    public interface WrongIdRepository extends ReactiveRepository<StockItem, String> {
    }
}
