package org.newsgraph.query;

import org.apache.jena.query.Query;
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

    /** {@code query} with this page's LIMIT and OFFSET, combined with its own; the query itself is not changed. */
    public Query applyTo(Query query) {
        if (isAll()) {
            return query;
        }
        Query paged = query.cloneQuery();
        long ownOffset = query.hasOffset() ? query.getOffset() : 0;
        long ownLimit = query.hasLimit() ? query.getLimit() : Query.NOLIMIT;
        long remaining = ownLimit == Query.NOLIMIT ? Query.NOLIMIT : Math.max(0, ownLimit - offset);
        paged.setOffset(ownOffset + offset);
        paged.setLimit(limit == Query.NOLIMIT ? remaining
                : remaining == Query.NOLIMIT ? limit : Math.min(limit, remaining));
        return paged;
    }
}
