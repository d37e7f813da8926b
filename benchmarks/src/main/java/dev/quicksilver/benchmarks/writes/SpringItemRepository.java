package dev.quicksilver.benchmarks.writes;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

/** Spring Data R2DBC's repository for {@link SpringItem}; {@code saveAll} is the measured call. */
public interface SpringItemRepository extends ReactiveCrudRepository<SpringItem, Long> {
}
