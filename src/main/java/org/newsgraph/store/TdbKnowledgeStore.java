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
            datasetGraph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            Iterator<Triple> triples = graph.find();
            try {
                triples.forEachRemaining(t -> datasetGraph.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            } finally {
                Iter.close(triples);
            }
            // Written without a ledger entry: drop a stale one rather than let it describe another graph.
            Ledger.remove(datasetGraph, articleIri);
        }));
    }

    @Override
    public void replaceArticles(List<ArticleWrite> writes) {
        writing(() -> Txn.executeWrite(datasetGraph, () -> {
            for (ArticleWrite write : writes) {
                Node name = NodeFactory.createURI(write.articleIri());
                datasetGraph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                Iterator<Triple> triples = write.graph().find();
                try {
                    triples.forEachRemaining(t -> datasetGraph.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                } finally {
                    Iter.close(triples);
                }
                Ledger.put(datasetGraph, write.entry());
            }
        }));
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
        return Txn.calculateWrite(datasetGraph, () -> {
            boolean present = datasetGraph.containsGraph(name);
            datasetGraph.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
            Ledger.remove(datasetGraph, articleIri);
            return present;
        });
    }

    @Override
    public List<String> articleIris() {
        return calculateRead(dsg -> {
            List<String> iris = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(node -> iris.add(node.getURI()));
            iris.sort(null);
            return iris;
        });
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
        return calculateRead(dsg -> Iter.count(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
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
