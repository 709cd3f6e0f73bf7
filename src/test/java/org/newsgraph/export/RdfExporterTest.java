package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeEach;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.TdbKnowledgeStore;
import org.newsgraph.testdata.SampleExtractions;

/** Round trips: store -> Rio writer -> parsed back by Rio and by Jena RIOT -> isomorphic to the store. */
class RdfExporterTest {
    private static final String BASE = "https://w3id.org/newsgraph/id/";

    @TempDir
    Path dir;

    private TdbKnowledgeStore store;
    private final RdfExporter exporter = new RdfExporter();

    @BeforeEach
    void fillStore() {
        store = SampleExtractions.store(dir.resolve("tdb"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void jenaReadsBackWhatIsInTheStore(ExportFormat format) {
        byte[] bytes = export(format);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(jenaLang(format)).base(BASE).parse(parsed);
        boolean isomorphic = store.calculateRead(stored -> format.carriesNamedGraphs()
                ? IsoMatcher.isomorphic(copy(stored), parsed)
                : IsoMatcher.isomorphic(union(stored), parsed.getDefaultGraph()));
        assertTrue(isomorphic, () -> format + " did not round-trip:\n" + new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void rioReadsBackWhatIsInTheStore(ExportFormat format) throws Exception {
        byte[] bytes = export(format);
        Model parsed = Rio.parse(new ByteArrayInputStream(bytes), BASE, format.rioFormat());
        Model expected = Rio.parse(new ByteArrayInputStream(export(ExportFormat.NQ)), BASE, ExportFormat.NQ.rioFormat());
        if (!format.carriesNamedGraphs()) {
            expected = expected.filter(null, null, null).stream()
                    .map(s -> org.eclipse.rdf4j.model.impl.SimpleValueFactory.getInstance()
                            .createStatement(s.getSubject(), s.getPredicate(), s.getObject()))
                    .collect(org.eclipse.rdf4j.model.util.ModelCollector.toModel());
            assertEquals(0, parsed.contexts().stream().filter(c -> c != null).count());
        } else {
            assertEquals(2, parsed.contexts().size());
        }
        assertTrue(Models.isomorphic(expected, parsed), () -> format + " did not round-trip");
    }

    @Test
    void prefixesAreDeclared() {
        String turtle = new String(export(ExportFormat.TTL), StandardCharsets.UTF_8);
        for (String prefix : new String[] {"ng:", "ngr:", "schema:", "sem:", "prov:", "nif:", "wd:", "skos:", "rdfs:", "owl:", "xsd:", "dcterms:"}) {
            assertTrue(turtle.contains("@prefix " + prefix) || turtle.contains("PREFIX " + prefix), prefix);
        }
    }

    @Test
    void mintedIrisAreAbbreviatedWithSlashFreePrefixes() {
        String turtle = new String(export(ExportFormat.TTL), StandardCharsets.UTF_8);
        for (String name : new String[] {"nge:Q20", "ngperson:ola-berg", "ngorg:arctic-freight", "nga:" + SampleExtractions.CALL_ID}) {
            assertTrue(turtle.contains(name), name + " in\n" + turtle);
        }
        assertFalse(turtle.lines().anyMatch(l -> !l.startsWith("@prefix") && l.contains("<" + BASE + "entity/")), turtle);
    }

    /** The context comes first and is the real one: terms, not only prefixes. */
    @Test
    void jsonLdStartsWithTheNewsgraphContextAndUsesItsTerms() throws Exception {
        String json = new String(export(ExportFormat.JSONLD), StandardCharsets.UTF_8);
        JsonNode root = new ObjectMapper().readTree(json);
        assertEquals("@context", root.fieldNames().next());
        assertEquals("@id", root.get("@context").get("hasActor").get("@type").asText());
        assertTrue(json.contains("\"hasActor\"") && json.contains("\"nge:Q20\"") && json.contains("\"Event\""), json);
        assertFalse(json.contains("semanticweb.cs.vu.nl/2009/11/sem/hasActor\""), "hasActor spelt out in\n" + json);
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"TTL", "TRIG", "NQ", "JSONLD"})
    void singleGraphExportKeepsItsNamedGraphWhereTheFormatCan(ExportFormat format) {
        String name = ExtractionMapper.graphName(SampleExtractions.followUp());
        Graph graph = new ExtractionMapper().map(SampleExtractions.followUp());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportGraph(name, graph, format, out);
        DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(jenaLang(format)).base(BASE).parse(parsed);
        Graph back = format.carriesNamedGraphs() ? parsed.getGraph(NodeFactory.createURI(name)) : parsed.getDefaultGraph();
        assertTrue(IsoMatcher.isomorphic(graph, back), format::formatName);
    }

    @Test
    void formatsAreFoundByNameOrExtension() {
        assertEquals(ExportFormat.RDFXML, ExportFormat.byName("rdf"));
        assertEquals(ExportFormat.JSONLD, ExportFormat.byName("JSONLD"));
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> ExportFormat.byName("xml"));
        assertTrue(e.getMessage().contains("ttl, trig, nq, jsonld, rdfxml"), e.getMessage());
    }

    private byte[] export(ExportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.exportStore(store, format, out);
        return out.toByteArray();
    }

    private static Lang jenaLang(ExportFormat format) {
        return switch (format) {
            case TTL -> Lang.TURTLE;
            case TRIG -> Lang.TRIG;
            case NQ -> Lang.NQUADS;
            case JSONLD -> Lang.JSONLD;
            case RDFXML -> Lang.RDFXML;
        };
    }

    private static DatasetGraph copy(DatasetGraph stored) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        articleQuads(stored).forEachRemaining(copy::add);
        return copy;
    }

    private static Graph union(DatasetGraph stored) {
        Graph union = GraphFactory.createDefaultGraph();
        articleQuads(stored).forEachRemaining(q -> union.add(q.asTriple()));
        return union;
    }

    /** What an export holds: every quad but those of the entity graph, which is derived from the rest. */
    private static java.util.Iterator<org.apache.jena.sparql.core.Quad> articleQuads(DatasetGraph stored) {
        assertTrue(stored.containsGraph(EntityGraph.NODE), "the store has an entity graph to leave out");
        return org.apache.jena.atlas.iterator.Iter.filter(stored.find(), q -> EntityGraph.isArticleGraph(q.getGraph()));
    }
}
