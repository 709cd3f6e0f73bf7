package org.newsgraph.store;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Where article graphs live: one named graph per article, named by the article IRI. Every change is
 * one transaction, so a reader sees an article's old graph or its new one, never half of each.
 */
public interface KnowledgeStore extends AutoCloseable {

    /** Replaces the named graph {@code articleIri} with {@code graph}, atomically. */
    void replaceArticle(String articleIri, Graph graph);

    /** Removes the article's graph; returns whether there was one. */
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

    /** Number of quads over all named graphs. */
    long countQuads();

    @Override
    void close();
}
