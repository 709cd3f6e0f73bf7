package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.NewsgraphException;

/** A {@link KnowledgeStore} in a TDB2 database directory on disk. */
public final class TdbKnowledgeStore implements KnowledgeStore {
    private final Path directory;
    private final Dataset dataset;
    private final DatasetGraph datasetGraph;

    private TdbKnowledgeStore(Path directory, Dataset dataset) {
        this.directory = directory;
        this.dataset = dataset;
        this.datasetGraph = dataset.asDatasetGraph();
    }

    /**
     * Opens the store in {@code directory}, creating it when missing.
     *
     * @throws NewsgraphException when the path is not a usable directory or another process holds the store
     */
    public static TdbKnowledgeStore open(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new NewsgraphException(directory + ": is a file, not a store directory; give a directory path "
                    + "(it is created when missing)");
        }
        try {
            Files.createDirectories(directory);
            Dataset dataset = TDB2Factory.connectDataset(directory.toString());
            // Opening is lazy in places; touch the database now so a bad directory fails here, not later.
            Txn.executeRead(dataset, () -> dataset.asDatasetGraph().isEmpty());
            return new TdbKnowledgeStore(directory, dataset);
        } catch (NewsgraphException e) {
            throw e;
        } catch (Exception e) {
            String fileSystem = StoreFailures.whyOpenFailed(directory, e);
            if (fileSystem != null) {
                throw new NewsgraphException(fileSystem, e);
            }
            throw new NewsgraphException(directory + ": cannot open the TDB2 store (" + firstLine(e)
                    + "); if another newsgraph or Fuseki process uses it, stop that process, else pick another directory", e);
        }
    }

    public Path directory() {
        return directory;
    }

    @Override
    public void replaceArticle(String articleIri, Graph graph) {
        Node name = NodeFactory.createURI(articleIri);
        // Delete and insert in one write transaction: an exception aborts both, the old graph stays.
        writing(() -> Txn.executeWrite(datasetGraph, () -> {
            replaceGraph(name, graph);
            // Written without a ledger entry: drop a stale one rather than let it describe another graph.
            Ledger.remove(datasetGraph, articleIri);
        }));
    }

    @Override
    public void replaceArticles(List<ArticleWrite> writes) {
        writing(() -> Txn.executeWrite(datasetGraph, () -> {
            for (ArticleWrite write : writes) {
                replaceGraph(NodeFactory.createURI(write.articleIri()), write.graph());
                Ledger.put(datasetGraph, write.entry());
            }
        }));
    }

    /**
     * Replaces one article graph and moves the entity graph with it, inside the caller's write
     * transaction: the article's old share is taken out while it is still stored, the new one added after.
     */
    private void replaceGraph(Node name, Graph graph) {
        requireArticleGraph(name.getURI());
        if (datasetGraph.containsGraph(name)) {
            EntityGraph.apply(datasetGraph, EntityGraph.beforeRemoving(name.getURI()));
        }
        datasetGraph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        Iterator<Triple> triples = graph.find();
        try {
            triples.forEachRemaining(t -> datasetGraph.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
        } finally {
            Iter.close(triples);
        }
        EntityGraph.apply(datasetGraph, EntityGraph.afterAdding(name.getURI()));
    }

    private static void requireArticleGraph(String iri) {
        if (!EntityGraph.isArticleGraph(iri)) {
            throw new NewsgraphException(iri + ": is the entity graph, not an article; rebuild it with rebuild-entities");
        }
    }

    /** Replaces the entity graph with one computed from the article graphs, in one write transaction. */
    @Override
    public void rebuildEntityGraph() {
        writing(() -> Txn.executeWrite(datasetGraph,
                () -> EntityGraph.apply(datasetGraph, EntityGraph.rebuild(articleGraphIris(datasetGraph)))));
    }

    @Override
    public long entityGraphSize() {
        return calculateRead(TdbKnowledgeStore::entityQuads);
    }

    private static long entityQuads(DatasetGraph dsg) {
        return Iter.count(dsg.find(EntityGraph.NODE, Node.ANY, Node.ANY, Node.ANY));
    }

    /**
     * Runs a write transaction, explaining a failure the file system caused (disk full, read-only) in
     * words; TDB2 aborts the transaction, so the store keeps what was committed before.
     */
    private void writing(Runnable write) {
        try {
            write.run();
        } catch (RuntimeException | InternalError e) {
            String fileSystem = StoreFailures.whyWriteFailed(directory, e, StoreFailures.usableBytes(directory));
            if (fileSystem != null) {
                throw new NewsgraphException(fileSystem, e);
            }
            throw e;
        }
    }

    @Override
    public Map<String, LedgerEntry> ledger() {
        return calculateRead(Ledger::readAll);
    }

    @Override
    public boolean removeArticle(String articleIri) {
        Node name = NodeFactory.createURI(articleIri);
        requireArticleGraph(articleIri);
        return Txn.calculateWrite(datasetGraph, () -> {
            boolean present = datasetGraph.containsGraph(name);
            if (present) {
                EntityGraph.apply(datasetGraph, EntityGraph.beforeRemoving(articleIri));
            }
            datasetGraph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            if (present) {
                EntityGraph.apply(datasetGraph, EntityGraph.refresh());
            }
            Ledger.remove(datasetGraph, articleIri);
            return present;
        });
    }

    @Override
    public List<String> articleIris() {
        return calculateRead(TdbKnowledgeStore::articleGraphIris);
    }

    private static List<String> articleGraphIris(DatasetGraph dsg) {
        List<String> iris = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(node -> {
            if (EntityGraph.isArticleGraph(node)) {
                iris.add(node.getURI());
            }
        });
        iris.sort(null);
        return iris;
    }

    @Override
    public void read(Consumer<DatasetGraph> action) {
        Txn.executeRead(datasetGraph, () -> action.accept(datasetGraph));
    }

    @Override
    public <T> T calculateRead(Function<DatasetGraph, T> action) {
        return Txn.calculateRead(datasetGraph, () -> action.apply(datasetGraph));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> handler) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution execution = QueryExecution.dataset(dataset)
                    .query(query)
                    .set(TDB2.symUnionDefaultGraph, true)
                    .build()) {
                return handler.apply(execution);
            }
        });
    }

    @Override
    public long countQuads() {
        // Named graphs only: the stored default graph holds the ledger, not article data.
        // ... nor the entity graph, which repeats what the article graphs say.
        return calculateRead(dsg -> Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY))
                - entityQuads(dsg));
    }

    /** Releases the database so the directory can be opened again, by this process or another. */
    @Override
    public void close() {
        TDBInternal.expel(datasetGraph);
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return message.lines().findFirst().orElse(message).strip();
    }
}
