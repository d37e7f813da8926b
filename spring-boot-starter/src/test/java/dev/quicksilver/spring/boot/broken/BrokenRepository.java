package dev.quicksilver.spring.boot.broken;

import dev.quicksilver.query.repository.ReactiveRepository;
import dev.quicksilver.spring.boot.repos.Widget;
import reactor.core.publisher.Flux;

/** A method name that does not parse: the context must not start. */
public interface BrokenRepository extends ReactiveRepository<Widget, Integer> {

    Flux<Widget> findByNmae(String name);
}
