package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.Extraction;
import org.newsgraph.testdata.SampleExtractions;

/**
 * One folder per case under src/test/resources/golden/. On a mismatch the actual graph is written to
 * target/golden/CASE/actual.ttl; if the change is intended, review it and copy it over expected.ttl.
 */
class GoldenGraphTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("diplomatic-call", (Supplier<Extraction>) SampleExtractions::diplomaticCall),
                Arguments.of("follow-up", (Supplier<Extraction>) SampleExtractions::followUp));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void mappedGraphMatchesTheGoldenFile(String name, Supplier<Extraction> extraction) throws IOException {
        Graph actual = new ExtractionMapper().map(extraction.get());
        actual.getPrefixMapping().setNsPrefixes(Vocab.prefixes());
        Path expectedFile = Path.of("src/test/resources/golden", name, "expected.ttl");
        Path actualFile = Path.of("target/golden", name, "actual.ttl");
        if (!Files.exists(expectedFile)) {
            write(actual, actualFile);
            fail(expectedFile + " is missing; review " + actualFile + " and copy it there");
        }
        Graph expected = GraphFactory.createDefaultGraph();
        RDFParser.source(expectedFile).parse(expected);
        if (!IsoMatcher.isomorphic(expected, actual)) {
            write(actual, actualFile);
            StringBuilder difference = new StringBuilder();
            actual.find().forEachRemaining(t -> {
                if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !expected.contains(t)) {
                    difference.append("\n  + ").append(t);
                }
            });
            expected.find().forEachRemaining(t -> {
                if (!t.getSubject().isBlank() && !t.getObject().isBlank() && !actual.contains(t)) {
                    difference.append("\n  - ").append(t);
                }
            });
            fail("graph differs from " + expectedFile + "; actual written to " + actualFile + difference);
        }
    }

    private static void write(Graph graph, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
        }
    }
}
