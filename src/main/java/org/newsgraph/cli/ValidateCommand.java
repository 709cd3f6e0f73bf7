package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.ArticleGraphValidator;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph validate}: SHACL (ontology/shapes.ttl) over every article graph; exit 1 on violations. */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check every article graph against the SHACL shapes.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadStoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleGraphValidator validator = new ArticleGraphValidator();
        Map<String, Graph> graphs;
        try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
            graphs = articleGraphs(store);
        }
        // Each graph is checked on its own, so the checks run on all cores; reports print in IRI order.
        List<String> iris = List.copyOf(graphs.keySet());
        List<ValidationReport> reports = iris.parallelStream()
                .map(iri -> validator.validate(graphs.get(iri)))
                .toList();
        int violations = 0;
        for (int i = 0; i < iris.size(); i++) {
            for (ReportEntry entry : reports.get(i).getEntries()) {
                violations++;
                out.println(iris.get(i) + ": " + entry.focusNode() + " " + (entry.resultPath() == null ? ""
                        : entry.resultPath() + " ") + entry.message());
            }
        }
        out.println(Words.count(iris.size(), "article graph") + " checked, " + Words.count(violations, "violation"));
        return violations > 0 ? 1 : 0;
    }

    /**
     * In-memory copies of the article graphs, in IRI order, read in one pass over the store's quads
     * (graph by graph) in one read transaction rather than one look-up and transaction per graph.
     */
    private static Map<String, Graph> articleGraphs(KnowledgeStore store) {
        return store.calculateRead(dsg -> {
            Map<String, Graph> graphs = new TreeMap<>();
            Iterator<Quad> quads = dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            Iter.filter(quads, q -> EntityGraph.isArticleGraph(q.getGraph())).forEachRemaining(q -> graphs
                    .computeIfAbsent(q.getGraph().getURI(), iri -> GraphFactory.createDefaultGraph())
                    .add(q.asTriple()));
            return graphs;
        });
    }
}
