package org.newsgraph.query;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.KnowledgeStore;

/** Runs catalogue queries against a {@link KnowledgeStore}, whose default graph is the union of the articles. */
public final class QueryRunner {
    private final KnowledgeStore store;

    public QueryRunner(KnowledgeStore store) {
        this.store = store;
    }

    /** Runs the query and prints its results in {@code format}. */
    public void run(CatalogueQuery query, Map<String, String> parameters, ResultFormat format, OutputStream out) {
        run(query, parameters, Paging.ALL, format, out);
    }

    /** Runs the query and prints the rows of one page of its results in {@code format}. */
    public void run(CatalogueQuery query, Map<String, String> parameters, Paging page, ResultFormat format,
            OutputStream out) {
        Query bound = page.applyTo(selectQuery(query, parameters));
        store.query(bound, execution -> {
            format.write(execution.execSelect(), out);
            return null;
        });
    }

    /**
     * Runs the query and returns its rows: each a map from variable to the IRI or the literal's lexical
     * form, in the query's variable order, unbound variables left out.
     */
    public List<Map<String, String>> rows(CatalogueQuery query, Map<String, String> parameters) {
        return rows(query, parameters, Paging.ALL);
    }

    /** One page of the rows of {@link #rows(CatalogueQuery, Map)}. */
    public List<Map<String, String>> rows(CatalogueQuery query, Map<String, String> parameters, Paging page) {
        return rows(page.applyTo(selectQuery(query, parameters)));
    }

    /** The rows of any SELECT query, as {@link #rows(CatalogueQuery, Map)} gives them. */
    public List<Map<String, String>> rows(Query select) {
        return store.query(select, execution -> {
            ResultSet results = execution.execSelect();
            List<Map<String, String>> rows = new ArrayList<>();
            while (results.hasNext()) {
                QuerySolution solution = results.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String variable : results.getResultVars()) {
                    RDFNode value = solution.get(variable);
                    if (value != null) {
                        row.put(variable, value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString());
                    }
                }
                rows.add(row);
            }
            return rows;
        });
    }

    private static Query selectQuery(CatalogueQuery query, Map<String, String> parameters) {
        Query bound = query.bind(parameters);
        if (!bound.isSelectType()) {
            throw new NewsgraphException("query '" + query.name() + "' is not a SELECT query; the catalogue prints tables only");
        }
        return bound;
    }
}
