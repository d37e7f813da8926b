package dev.quicksilver.query.repository.internal;

import org.jspecify.annotations.Nullable;

/** What a repository method does when called, planned once when the repository is created. */
interface MethodPlan {

    /**
     * Runs the method.
     *
     * @param arguments the call's arguments (an empty array for none)
     * @return the method's Mono or Flux
     */
    Object invoke(@Nullable Object[] arguments);
}
