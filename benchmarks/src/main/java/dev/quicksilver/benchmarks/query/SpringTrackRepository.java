package dev.quicksilver.benchmarks.query;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;
import reactor.core.publisher.Flux;

/** The Spring Data repository of {@link SpringTrack}: {@code findById} and one derived query. */
public interface SpringTrackRepository extends ReactiveCrudRepository<SpringTrack, Integer> {

    /**
     * Tracks whose length lies in a range, both ends included.
     *
     * @param low the shortest
     * @param high the longest
     * @return the tracks
     */
    Flux<SpringTrack> findByMillisecondsBetween(int low, int high);
}
