package org.newsgraph.query;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.newsgraph.NewsgraphException;

/**
 * Which rows of a listing to return: {@code limit} rows after skipping {@code offset}, as SPARQL's
 * LIMIT and OFFSET; a query's own LIMIT and OFFSET still hold (page 2 of a "top 10" is rows 11 to 10,
 * so nothing). Order is the query's ORDER BY, so pages do not overlap.
 */
public record Paging(long limit, long offset) {
    /** What the command line shows unless told otherwise: the first 100 rows. */
    public static final Paging FIRST_PAGE = new Paging(100, 0);
    /** Every row. */
    public static final Paging ALL = new Paging(Query.NOLIMIT, 0);

    public Paging {
        if (limit < 0 && limit != Query.NOLIMIT) {
            throw new NewsgraphException("--limit " + limit + ": give a number of rows, 0 or more");
        }
        if (offset < 0) {
            throw new NewsgraphException("--offset " + offset + ": give a number of rows to skip, 0 or more");
        }
    }

    /** Whether this pages at all. */
    public boolean isAll() {
        return limit == Query.NOLIMIT && offset == 0;
    }

    /**
     * {@code query} with this page's LIMIT and OFFSET, combined with its own; the query itself is not changed.
     *
     * <p>The page is also cut before the joins when the query says where: a sub-select with ORDER BY
     * and no LIMIT of its own, standing directly in the query's WHERE, gets the page's end (offset +
     * limit) as its LIMIT. A query may put one there only when its own ORDER BY refines the sub-select's
     * and every row of the sub-select gives at least one result row (its filters and required patterns are
     * in the sub-select): then the page's rows all come from the sub-select's first rows, and the names and
     * lists joined after it are looked up for one page of events instead of for every event of the store.
     */
    public Query applyTo(Query query) {
        if (isAll()) {
            return query;
        }
        Query paged = QueryFactory.create(query.serialize(), query.getSyntax());
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long ownLimit = query.hasLimit() ? query.getLimit() : Query.NOLIMIT;
        long remaining = ownLimit == Query.NOLIMIT ? Query.NOLIMIT : Math.max(0, ownLimit - offset);
        paged.setOffset(ownOffset + offset);
        paged.setLimit(limit == Query.NOLIMIT ? remaining
                : remaining == Query.NOLIMIT ? limit : Math.min(limit, remaining));
        if (paged.hasLimit() && paged.getQueryPattern() instanceof ElementGroup where) {
            where.getElements().stream()
                    .filter(ElementSubQuery.class::isInstance)
                    .map(e -> ((ElementSubQuery) e).getQuery())
                    .filter(sub -> sub.hasOrderBy() && !sub.hasLimit() && !sub.hasOffset())
                    .findFirst()
                    .ifPresent(sub -> sub.setLimit(paged.getOffset() + paged.getLimit()));
        }
        return paged;
    }
}
