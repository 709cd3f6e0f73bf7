package org.newsgraph.nlp;

import java.util.List;
import java.util.Optional;

/**
 * The dependency parse of one sentence as plain records. Enhanced++ graphs may give a token more
 * than one governor: in "Ana and Ben met" both names are {@code nsubj} of "met".
 */
public record DependencyGraph(List<Dependency> edges) {
    public static final DependencyGraph EMPTY = new DependencyGraph(List.of());

    public DependencyGraph {
        edges = List.copyOf(edges);
    }

    /** The edges leaving {@code governor} whose relation is {@code base} or one of its subtypes. */
    public List<Dependency> dependents(int governor, String base) {
        return edges.stream().filter(e -> e.governor() == governor && e.is(base)).toList();
    }

    /** Every edge leaving {@code governor}. */
    public List<Dependency> dependents(int governor) {
        return edges.stream().filter(e -> e.governor() == governor).toList();
    }

    /** Every edge arriving at {@code dependent}. */
    public List<Dependency> governors(int dependent) {
        return edges.stream().filter(e -> e.dependent() == dependent).toList();
    }

    /** The token at the root of the sentence, if the graph has one. */
    public Optional<Integer> root() {
        return edges.stream().filter(e -> e.governor() == Dependency.ROOT).map(Dependency::dependent).findFirst();
    }
}
