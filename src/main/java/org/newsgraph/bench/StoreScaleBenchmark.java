package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
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
 * <p>Usage: {@code StoreScaleBenchmark load TEMPLATE_STORE NEW_STORE [MIN_QUADS (1000000)]}, then for each
 * query {@code StoreScaleBenchmark query STORE NAME|FILE.rq [RUNS (7)]}.
 */
public final class StoreScaleBenchmark {
    /** Parameter values for the bundled queries that need one; they name things in the bundled articles. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "entity", "Putin", "place", "Istanbul", "person", "Trump", "actor", "Putin", "root", "04");

    private StoreScaleBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length >= 3 && args[0].equals("load")) {
            load(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 1_000_000L);
        } else if (args.length >= 3 && args[0].equals("query")) {
            time(Path.of(args[1]), args[2], args.length > 3 ? Integer.parseInt(args[3]) : 7);
        } else {
            System.err.println("usage: StoreScaleBenchmark load TEMPLATE_STORE NEW_STORE [MIN_QUADS]"
                    + " | query STORE NAME [RUNS]");
            System.exit(2);
        }
    }

    /** Fills {@code newStore} with copies of the article graphs of {@code templateStore}. */
    static void load(Path templateStore, Path newStore, long minQuads) {
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
        }
    }

    /**
     * Prints one table row: the query's rows, then p50, min and max of {@code runs} timed runs after a
     * warm-up. The bench script runs each query in its own JVM under a time limit, because Jena does
     * not check for cancellation inside every operator and a runaway query could not be stopped here.
     */
    static void time(Path storeDir, String queryName, int runs) {
        try (KnowledgeStore store = TdbKnowledgeStore.open(storeDir)) {
            CatalogueQuery query = queryName.endsWith(".rq") ? CatalogueQuery.fromFile(Path.of(queryName))
                    : QueryCatalogue.bundled().get(queryName);
            Map<String, String> values = parametersFor(query, anyEvent(store));
            QueryRunner runner = new QueryRunner(store);
            long w0 = System.nanoTime();
            int rows = runner.rows(query, values).size();
            double warmUp = (System.nanoTime() - w0) / 1e6;
            double[] millis = new double[runs];
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                runner.rows(query, values);
                millis[r] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%-22s %8d %9.1f %9.1f %9.1f %9.1f%n", query.name(), rows,
                    millis[runs / 2], millis[0], millis[runs - 1], warmUp);
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
