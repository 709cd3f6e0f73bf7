package org.newsgraph.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Event;

/**
 * The CAMEO event classes declared in ontology/newsgraph.ttl, read from the ontology itself so the
 * code and the ontology cannot drift apart.
 *
 * <p>An extractor may name a class the ontology does not have (say {@code PhoneCall}) or give a code
 * finer than any declared class ({@code "0841"}); {@link #classFor(Event)} then falls back to the class of
 * the longest declared prefix of the code, which is how CAMEO codes nest.
 */
public final class EventClasses {
    private static final EventClasses BUNDLED = load();

    private final Map<String, Node> byLocalName;
    private final Map<String, Node> byCode;
    private final Map<Node, String> codeOf;

    private EventClasses(Map<String, Node> byLocalName, Map<String, Node> byCode, Map<Node, String> codeOf) {
        this.byLocalName = byLocalName;
        this.byCode = byCode;
        this.codeOf = codeOf;
    }

    public static EventClasses bundled() {
        return BUNDLED;
    }

    /** The class to type the event with: its named class when declared, else the class of its code. */
    public Node classFor(Event event) {
        if (event.eventClass() != null && byLocalName.containsKey(event.eventClass())) {
            return byLocalName.get(event.eventClass());
        }
        return classForCode(event.cameo()).orElseThrow(() -> new NewsgraphException(
                "event '" + event.label() + "': class '" + event.eventClass() + "' and CAMEO code '"
                        + event.cameo() + "' match no class of " + Vocab.ONTOLOGY_RESOURCE));
    }

    /** The class whose code is the longest prefix of {@code code}: "0841" -> ReturnOrReleasePersons (084). */
    public Optional<Node> classForCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (int length = code.length(); length >= 2; length--) {
            Node found = byCode.get(code.substring(0, length));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    public Optional<String> codeOf(Node eventClass) {
        return Optional.ofNullable(codeOf.get(eventClass));
    }

    public Map<String, Node> byLocalName() {
        return byLocalName;
    }

    private static EventClasses load() {
        Graph ontology = readOntology();
        Map<String, Node> byLocalName = new TreeMap<>();
        Map<String, Node> byCode = new TreeMap<>();
        Map<Node, String> codeOf = new java.util.HashMap<>();
        ontology.find(Node.ANY, Vocab.NG_CAMEO_CODE, Node.ANY).forEach((Triple t) -> {
            Node cls = t.getSubject();
            String code = t.getObject().getLiteralLexicalForm();
            byLocalName.put(cls.getURI().substring(Vocab.NG.length()), cls);
            byCode.put(code, cls);
            codeOf.put(cls, code);
        });
        return new EventClasses(Map.copyOf(byLocalName), Map.copyOf(byCode), Map.copyOf(codeOf));
    }

    /** The bundled ontology as a graph; shared by the mapper and the tests. */
    public static Graph readOntology() {
        return readResource(Vocab.ONTOLOGY_RESOURCE);
    }

    static Graph readResource(String resource) {
        try (InputStream in = EventClasses.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource + ": not on the classpath; rebuild with mvn package");
            }
            Graph graph = GraphMemFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new NewsgraphException(resource + ": cannot read (" + e.getMessage() + ")", e);
        }
    }
}
