package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.QueryCancelledException;
import org.newsgraph.store.ArticleWrite;
import org.newsgraph.store.LedgerEntry;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Store at scale: fills a fresh store with copies of the article graphs of a built store until it
 * holds at least the requested number of quads (written through {@link KnowledgeStore#replaceArticles},
 * no NLP), then runs every bundled query several times and prints its latency.
 *
 * <p>Usage: {@code StoreScaleBenchmark TEMPLATE_STORE NEW_STORE [MIN_QUADS (1000000)] [RUNS (7)] [TIMEOUT_MS (60000)]}.
 */
public final class StoreScaleBenchmark {
    /** Parameter values for the bundled queries that need one; they name things in the bundled articles. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "entity", "Putin", "place", "Istanbul", "person", "Trump", "actor", "Putin", "root", "04");

    private StoreScaleBenchmark() {
    }

    public static void main(String[] args) {
        Path templateStore = Path.of(args[0]);
        Path newStore = Path.of(args[1]);
        long minQuads = args.length > 2 ? Long.parseLong(args[2]) : 1_000_000L;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        long timeoutMillis = args.length > 4 ? Long.parseLong(args[4]) : 60_000L;

        List<String> templateIris;
        List<Graph> templates = new ArrayList<>();
        try (KnowledgeStore template = TdbKnowledgeStore.open(templateStore)) {
            templateIris = template.articleIris();
            for (String iri : templateIris) {
                Node name = NodeFactory.createURI(iri);
                templates.add(template.calculateRead(ds -> {
                    Graph g = GraphFactory.createDefaultGraph();
                    ds.getGraph(name).find().forEachRemaining(g::add);
                    return g;
                }));
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException(templateStore + ": no article graphs to copy");
        }
        try (KnowledgeStore store = TdbKnowledgeStore.open(newStore)) {
            long start = System.nanoTime();
            long quads = 0;
            int copies = 0;
            // Fifty articles per write transaction, as a build batches them: one journal sync per batch.
            List<ArticleWrite> batch = new ArrayList<>();
            while (quads < minQuads) {
                int i = copies % templates.size();
                String suffix = "-copy" + copies;
                String copyIri = templateIris.get(i) + suffix;
                Graph copy = ArticleGraphCopies.copy(templates.get(i), templateIris.get(i), copyIri, suffix);
                batch.add(new ArticleWrite(new LedgerEntry(copyIri, "copy", "bench", copy.size(), ""), copy));
                if (batch.size() == 50) {
                    store.replaceArticles(batch);
                    batch.clear();
                }
                quads += copy.size();
                copies++;
            }
            store.replaceArticles(batch);
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "store at scale: %d article graphs, %d quads (counted: %d), loaded in %.1f s%n",
                    copies, quads, store.countQuads(), loadSeconds);
            String event = anyEvent(store);
            QueryRunner runner = new QueryRunner(store);
            System.out.printf(Locale.ROOT, "%-22s %8s %9s %9s %9s%n", "query", "rows", "p50 ms", "min ms", "max ms");
            // A query slower than the timeout is reported as such instead of holding the benchmark for hours.
            ARQ.getContext().set(ARQ.queryTimeout, Long.toString(timeoutMillis));
            for (CatalogueQuery query : QueryCatalogue.bundled().queries()) {
                Map<String, String> values = parametersFor(query, event);
                int rows;
                try {
                    rows = runner.rows(query, values).size(); // warm-up
                } catch (QueryCancelledException e) {
                    System.out.printf(Locale.ROOT, "%-22s %8s %9s%n", query.name(), "-", "> " + timeoutMillis);
                    continue;
                }
                double[] millis = new double[runs];
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    runner.rows(query, values);
                    millis[r] = (System.nanoTime() - t0) / 1e6;
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "%-22s %8d %9.1f %9.1f %9.1f%n", query.name(), rows,
                        millis[runs / 2], millis[0], millis[runs - 1]);
            }
        }
    }

    private static Map<String, String> parametersFor(CatalogueQuery query, String event) {
        Map<String, String> values = new java.util.HashMap<>();
        query.parameters().forEach(p -> {
            if (p.name().equals("event")) {
                values.put("event", event);
            } else if (p.required() && PARAMETERS.containsKey(p.name())) {
                values.put(p.name(), PARAMETERS.get(p.name()));
            } else if (p.name().equals("entity")) {
                values.put(p.name(), PARAMETERS.get("entity"));
            }
        });
        return values;
    }

    private static String anyEvent(KnowledgeStore store) {
        return store.query(org.apache.jena.query.QueryFactory.create(
                "SELECT ?e WHERE { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> } LIMIT 1"),
                exec -> {
                    var rs = exec.execSelect();
                    return rs.hasNext() ? "<" + rs.next().getResource("e").getURI() + ">" : "none";
                });
    }
}
