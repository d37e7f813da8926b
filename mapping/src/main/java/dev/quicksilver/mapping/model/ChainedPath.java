package dev.quicksilver.mapping.model;

import java.util.ArrayList;
import java.util.List;

/** Two or more relationships, each starting where the previous ends. */
record ChainedPath<E, R>(List<Relationship<?, ?>> steps) implements RelationshipPath<E, R> {

    ChainedPath {
        steps = List.copyOf(steps);
    }

    @Override
    public <X> RelationshipPath<E, X> then(Relationship<R, X> next) {
        List<Relationship<?, ?>> longer = new ArrayList<>(steps);
        longer.add(next);
        return new ChainedPath<>(longer);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Relationship<?, ?> step : steps) {
            text.append(text.length() == 0 ? step.toString() : " → " + step.property());
        }
        return text.toString();
    }
}
