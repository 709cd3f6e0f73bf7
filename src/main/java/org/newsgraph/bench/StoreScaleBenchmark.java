package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.newsgraph.store.ArticleWrite;
import org.newsgraph.store.LedgerEntry;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.Paging;
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
 * query {@code StoreScaleBenchmark query STORE NAME|FILE.rq [RUNS (7)] [ROWS|all (all)]}: ROWS times the first
 * page of that many rows, as {@code newsgraph query} shows by default (100).
 */
public final class StoreScaleBenchmark {
    /** Parameter values for the bundled queries that need one; they name things in the bundled articles. */
    private static final Map<String, String> PARAMETERS = Map.of(
            "entity", "Putin", "place", "Istanbul", "person", "Trump", "actor", "Putin", "root", "04");

    private static final Node SCHEMA_NAME = NodeFactory.createURI("https://schema.org/name");

    private StoreScaleBenchmark() {
    }

    public static void main(String[] args) {
        if (args.length >= 3 && args[0].equals("load")) {
            load(Path.of(args[1]), Path.of(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 1_000_000L);
        } else if (args.length >= 3 && args[0].equals("query")) {
            time(Path.of(args[1]), args[2], args.length > 3 ? Integer.parseInt(args[3]) : 7,
                    args.length > 4 && !args[4].equals("all") ? new Paging(Long.parseLong(args[4]), 0) : Paging.ALL);
        } else if (args.length >= 2 && args[0].equals("event-keys")) {
            addEventKeys(Path.of(args[1]));
        } else if (args.length >= 4 && args[0].equals("compare")) {
            compare(Path.of(args[1]), args[2], args[3],
                    args.length > 4 && !args[4].equals("all") ? new Paging(Long.parseLong(args[4]), 0) : Paging.ALL,
                    givenParameters(Arrays.asList(args).subList(Math.min(args.length, 5), args.length)));
        } else {
            System.err.println("usage: StoreScaleBenchmark load TEMPLATE_STORE NEW_STORE [MIN_QUADS]"
                    + " | query STORE NAME [RUNS] [ROWS|all] | compare STORE OLD.rq NEW.rq [ROWS|all] [NAME=VALUE...]");
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
        List<Set<Node>> ownEntities = entitiesOnlyOneTemplateMentions(templates);
        System.out.printf(Locale.ROOT, "template: %d article graphs, %d entities named by one of them only (renamed in each"
                + " round of copies), the others shared%n", templates.size(), ownEntities.stream().mapToInt(Set::size).sum());
        try (KnowledgeStore store = TdbKnowledgeStore.open(newStore)) {
            long start = System.nanoTime();
            long quads = 0;
            int copies = 0;
            // Fifty articles per write transaction, as a build batches them: one journal sync per batch.
            List<ArticleWrite> batch = new ArrayList<>();
            while (quads < minQuads) {
                int i = copies % templates.size();
                int round = copies / templates.size();
                String suffix = "-copy" + copies;
                String copyIri = templateIris.get(i) + suffix;
                // Round 0 is the template corpus itself; each later round renames the entities only one
                // template mentions, so they are new entities, and shares the rest.
                Graph copy = ArticleGraphCopies.copy(templates.get(i), templateIris.get(i), copyIri, suffix,
                        ownEntities.get(i), round == 0 ? "" : "-r" + round);
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
     * For each template, the entities (IRIs under {@code ngr:entity/} that the graph names) no other
     * template names: with a template of many distinct articles these are the long tail of news
     * entities, mentioned once, while the rest are the recurring ones.
     */
    static List<Set<Node>> entitiesOnlyOneTemplateMentions(List<Graph> templates) {
        Map<Node, Integer> templatesNaming = new HashMap<>();
        List<Set<Node>> named = new ArrayList<>();
        for (Graph template : templates) {
            Set<Node> entities = new HashSet<>();
            template.find(Node.ANY, SCHEMA_NAME, Node.ANY).forEachRemaining(t -> {
                if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(ArticleGraphCopies.ENTITY_PREFIX)) {
                    entities.add(t.getSubject());
                }
            });
            entities.forEach(e -> templatesNaming.merge(e, 1, Integer::sum));
            named.add(entities);
        }
        List<Set<Node>> own = new ArrayList<>();
        for (Set<Node> entities : named) {
            Set<Node> only = new HashSet<>();
            entities.stream().filter(e -> templatesNaming.get(e) == 1).forEach(only::add);
            own.add(only);
        }
        return own;
    }

    /**
     * Prints one table row: the query's rows, then p50, min and max of {@code runs} timed runs after a
     * warm-up. The bench script runs each query in its own JVM under a time limit, because Jena does
     * not check for cancellation inside every operator and a runaway query could not be stopped here.
     */
    static void time(Path storeDir, String queryName, int runs, Paging page) {
        if (System.getenv("SCALE_EXPLAIN") != null) {
            // Jena logs each query's plan at INFO on org.apache.jena.arq.exec (slf4j-simple prints it on stderr).
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.arq.exec", "info");
            org.apache.jena.query.ARQ.getContext().set(org.apache.jena.query.ARQ.symLogExec,
                    org.apache.jena.sparql.mgt.Explain.InfoLevel.ALL);
        }
        try (KnowledgeStore store = TdbKnowledgeStore.open(storeDir)) {
            CatalogueQuery query = queryName.endsWith(".rq") ? CatalogueQuery.fromFile(Path.of(queryName))
                    : QueryCatalogue.bundled().get(queryName);
            Map<String, String> values = parametersFor(query, anyEvent(store));
            QueryRunner runner = new QueryRunner(store);
            long w0 = System.nanoTime();
            int rows = runner.rows(query, values, page).size();
            double warmUp = (System.nanoTime() - w0) / 1e6;
            double[] millis = new double[runs];
            // CPU time of this thread too (Jena runs a query in the thread that reads its results): on a
            // shared machine wall time grows with the load average, CPU time much less.
            double[] cpuMillis = new double[runs];
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int r = 0; r < runs; r++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                runner.rows(query, values, page);
                millis[r] = (System.nanoTime() - t0) / 1e6;
                cpuMillis[r] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            }
            Arrays.sort(millis);
            Arrays.sort(cpuMillis);
            System.out.printf(Locale.ROOT, "%-22s %8d %9.1f %9.1f %9.1f %9.1f %9.1f%n", query.name(), rows,
                    millis[runs / 2], millis[0], millis[runs - 1], warmUp, cpuMillis[runs / 2]);
        }
    }

    /**
     * Adds the entity graph's event keys (timeline, CAMEO) to a store loaded before they existed, article by article as
     * a write adds them (what {@code rebuild-entities} would also do, without recounting everything), so
     * one loaded store serves to time the queries before and after.
     */
    static void addEventKeys(Path storeDir) {
        List<String> articles;
        try (KnowledgeStore store = TdbKnowledgeStore.open(storeDir)) {
            articles = store.articleIris();
        }
        long start = System.nanoTime();
        org.apache.jena.sparql.core.DatasetGraph dataset = org.apache.jena.tdb2.DatabaseMgr.connectDatasetGraph(storeDir.toString());
        for (int from = 0; from < articles.size(); from += 100) {
            List<String> batch = articles.subList(from, Math.min(articles.size(), from + 100));
            org.apache.jena.system.Txn.executeWrite(dataset, () -> org.newsgraph.store.EntityGraph.apply(dataset,
                    batch.stream().flatMap(iri -> org.newsgraph.store.EntityGraph.eventKeys(iri).stream()).toList()));
        }
        org.apache.jena.tdb2.sys.TDBInternal.expel(dataset);
        System.out.printf(Locale.ROOT, "event keys added for %d article graphs in %.1f s%n", articles.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /**
     * Whether two versions of a query give the same rows, in the same order, on a store (with the
     * benchmark's parameters, and any {@code given} on top, e.g. {@code from=2025-05}): a rewrite for speed
     * must not change the answer. Exits 1 when they differ.
     */
    static void compare(Path storeDir, String oldQuery, String newQuery, Paging page, Map<String, String> given) {
        try (KnowledgeStore store = TdbKnowledgeStore.open(storeDir)) {
            CatalogueQuery before = CatalogueQuery.fromFile(Path.of(oldQuery));
            CatalogueQuery after = CatalogueQuery.fromFile(Path.of(newQuery));
            String event = anyEvent(store);
            QueryRunner runner = new QueryRunner(store);
            Map<String, String> values = new HashMap<>(parametersFor(before, event));
            values.putAll(given);
            List<Map<String, String>> old = runner.rows(before, values, page);
            List<Map<String, String>> now = runner.rows(after, values, page);
            boolean same = old.equals(now);
            System.out.printf(Locale.ROOT, "%-22s %8d %8d  %s%n", after.name(), old.size(), now.size(),
                    same ? "identical" : "DIFFERENT");
            if (!same) {
                for (int i = 0; i < Math.max(old.size(), now.size()); i++) {
                    Map<String, String> a = i < old.size() ? old.get(i) : null;
                    Map<String, String> b = i < now.size() ? now.get(i) : null;
                    if (!java.util.Objects.equals(a, b)) {
                        System.out.println("  first difference at row " + i + ":\n  old " + a + "\n  new " + b);
                        break;
                    }
                }
                System.exit(1);
            }
        }
    }

    /** {@code NAME=VALUE} arguments as parameter values. */
    private static Map<String, String> givenParameters(List<String> arguments) {
        Map<String, String> values = new HashMap<>();
        for (String argument : arguments) {
            int equals = argument.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(argument + ": give a parameter as NAME=VALUE");
            }
            values.put(argument.substring(0, equals), argument.substring(equals + 1));
        }
        return values;
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
