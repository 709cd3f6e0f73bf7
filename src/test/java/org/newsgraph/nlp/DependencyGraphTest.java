package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {
    // "Ana and Ben met in Oslo": 0 Ana, 1 and, 2 Ben, 3 met, 4 in, 5 Oslo
    private final DependencyGraph graph = new DependencyGraph(List.of(
            new Dependency(Dependency.ROOT, "root", 3),
            new Dependency(3, "nsubj", 0),
            new Dependency(3, "nsubj", 2),
            new Dependency(0, "conj:and", 2),
            new Dependency(3, "obl:in", 5),
            new Dependency(5, "case", 4)));

    @Test
    void relationsMatchTheirSubtypes() {
        Dependency oblIn = new Dependency(3, "obl:in", 5);
        assertTrue(oblIn.is("obl"));
        assertTrue(oblIn.is("obl:in"));
        assertFalse(oblIn.is("ob"));
        assertEquals("in", oblIn.subtype());
        assertEquals("", new Dependency(3, "obj", 5).subtype());
    }

    @Test
    void findsDependentsGovernorsAndRoot() {
        assertEquals(Optional.of(3), graph.root());
        assertEquals(List.of(0, 2), graph.dependents(3, "nsubj").stream().map(Dependency::dependent).toList());
        assertEquals(3, graph.dependents(3).size());
        assertEquals(List.of(3, 0), graph.governors(2).stream().map(Dependency::governor).toList());
        assertEquals(Optional.empty(), DependencyGraph.EMPTY.root());
    }
}
