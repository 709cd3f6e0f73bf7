package org.newsgraph.store;

import java.net.URI;
import org.newsgraph.NewsgraphException;

/**
 * The three addresses of a remote store: Graph Store Protocol (writes whole article graphs), SPARQL
 * Update (the ledger) and SPARQL Query (every read). Only the query address is needed to read.
 *
 * <p>Fuseki names them {@code /ds/data}, {@code /ds/update} and {@code /ds/sparql}, so given only a
 * Graph Store URL ending in {@code /data} the other two are guessed from it; any other server needs
 * {@code --update} and {@code --sparql} (an invented example: {@code http://rdf.example/repositories/news/statements}).
 *
 * @param graphStore the Graph Store Protocol URL, or null for a store that is only read
 * @param update     the SPARQL Update URL, or null for a store that is only read
 * @param sparql     the SPARQL Query URL
 */
public record RemoteEndpoints(URI graphStore, URI update, URI sparql) {

    /** A store read through a SPARQL endpoint only ({@code --sparql URL}). */
    public static RemoteEndpoints forQueries(URI sparql) {
        return new RemoteEndpoints(null, null, requireHttp("--sparql", sparql));
    }

    /** A store to build into; {@code update} and {@code sparql} may be null when {@code graphStore} ends in /data. */
    public static RemoteEndpoints forBuild(URI graphStore, URI update, URI sparql) {
        requireHttp("--endpoint", graphStore);
        return new RemoteEndpoints(graphStore, update != null ? requireHttp("--update", update) : sibling(graphStore, "update", "--update"),
                sparql != null ? requireHttp("--sparql", sparql) : sibling(graphStore, "sparql", "--sparql"));
    }

    boolean writable() {
        return graphStore != null && update != null;
    }

    private static URI sibling(URI graphStore, String name, String option) {
        String path = graphStore.getPath() == null ? "" : graphStore.getPath();
        if (!path.endsWith("/data") || graphStore.getRawQuery() != null) {
            throw new NewsgraphException("--endpoint " + graphStore + ": give " + option
                    + " URL too (it is guessed only for a Fuseki-style Graph Store URL ending in /data)");
        }
        return graphStore.resolve(name);
    }

    private static URI requireHttp(String option, URI url) {
        if (url.getScheme() == null || !url.getScheme().matches("(?i)https?") || url.getHost() == null) {
            throw new NewsgraphException(option + " " + url + ": not an http(s) URL");
        }
        return url;
    }
}
