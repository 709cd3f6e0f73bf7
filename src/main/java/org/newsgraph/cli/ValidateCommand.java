package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.ArticleGraphValidator;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph validate}: SHACL (ontology/shapes.ttl) over every article graph; exit 1 on violations. */
@Command(name = "validate", description = "Check every article graph against the SHACL shapes.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ArticleGraphValidator validator = new ArticleGraphValidator();
        int violations = 0;
        int graphs = 0;
        try (KnowledgeStore store = storeOptions.open()) {
            for (String iri : store.articleIris()) {
                Node name = NodeFactory.createURI(iri);
                Graph copy = store.calculateRead(ds -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    ds.getGraph(name).find().forEachRemaining(g::add);
                    return g;
                });
                ValidationReport report = validator.validate(copy);
                graphs++;
                for (ReportEntry entry : report.getEntries()) {
                    violations++;
                    out.println(iri + ": " + entry.focusNode() + " " + (entry.resultPath() == null ? ""
                            : entry.resultPath() + " ") + entry.message());
                }
            }
        }
        out.println(graphs + " article graphs checked, " + violations + " violations");
        return violations > 0 ? 1 : 0;
    }
}
