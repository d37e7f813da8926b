package dev.quicksilver.spring.boot.repos;

import dev.quicksilver.query.repository.ReactiveRepository;
import reactor.core.publisher.Flux;

/** Found by the starter's scan of the application's packages. */
public interface WidgetRepository extends ReactiveRepository<Widget, Integer> {

    Flux<Widget> findByNameStartingWithOrderByIdAsc(String prefix);
}
