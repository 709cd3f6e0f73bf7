package org.newsgraph.store;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.NewsgraphException;

/**
 * Where article graphs live: one named graph per article, named by the article IRI. Every change is
 * one transaction, so a reader sees an article's old graph or its new one, never half of each.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Replaces the named graph {@code articleIri} with {@code graph}, atomically. */
    void replaceArticle(String articleIri, Graph graph);

    /**
     * Replaces each article's graph and its ledger entry, all in one write transaction: a crash or an
     * exception leaves every article either wholly old or wholly new, and its ledger entry with it.
     */
    default void replaceArticles(List<ArticleWrite> writes) {
        throw new NewsgraphException("this store keeps no build ledger; build into a local TDB2 store");
    }

    /** The build ledger: what each stored article graph was made from, by article IRI. */
    default Map<String, LedgerEntry> ledger() {
        return Map.of();
    }

    /** Removes the article's graph and its ledger entry; returns whether there was a graph. */
    boolean removeArticle(String articleIri);

    /** The IRIs of the stored article graphs, sorted. */
    List<String> articleIris();

    /** Runs {@code action} inside a read transaction; the dataset must not escape it. */
    void read(Consumer<DatasetGraph> action);

    /** Computes a value inside a read transaction; the value must not hold on to the dataset. */
    <T> T calculateRead(Function<DatasetGraph, T> action);

    /**
     * Runs a query whose default graph is the union of all article graphs, inside a read transaction.
     * The handler consumes the results there; the execution is closed afterwards.
     */
    <T> T query(Query query, Function<QueryExecution, T> handler);

    /** Number of quads over all article graphs (the ledger is not counted). */
    long countQuads();

    /** Replaces the entity graph with one computed from the article graphs ({@link EntityGraph#rebuild}). */
    void rebuildEntityGraph();

    /** Number of quads in the entity graph. */
    long entityGraphSize();

    @Override
    void close();
}
