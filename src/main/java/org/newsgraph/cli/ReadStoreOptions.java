package org.newsgraph.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;
import org.newsgraph.NewsgraphException;
import org.newsgraph.serve.ServingUrl;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RemoteEndpoints;
import org.newsgraph.store.RemoteKnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Option;

/**
 * The store of a command that only reads it: {@code query}, {@code export}, {@code stats},
 * {@code validate}, {@code events}. A local store held by a running {@code serve} is read through
 * that server's SPARQL endpoint, which {@code serve} leaves in the store directory.
 */
final class ReadStoreOptions extends StoreOptions {
    @Option(names = "--sparql", paramLabel = "URL",
            description = "Read from any SPARQL 1.1 query endpoint (e.g. http://host:3030/ds/sparql) instead of the "
                    + "TDB2 store: queries run on the server.")
    URI sparql;

    /** The read path that fetched a whole dataset with one GET is gone; say what replaced it. */
    @Option(names = "--endpoint", paramLabel = "URL", hidden = true)
    URI endpoint;

    /**
     * Opens a store that must already exist: a command that only reads would otherwise create an
     * empty store at a mistyped path and report zero of everything.
     */
    KnowledgeStore openExisting(PrintWriter err) {
        if (endpoint != null) {
            throw new NewsgraphException("--endpoint " + endpoint + ": reading commands query a SPARQL endpoint now; "
                    + "give --sparql URL (for Fuseki, the dataset's /sparql)");
        }
        if (sparql != null) {
            return RemoteKnowledgeStore.open(RemoteEndpoints.forQueries(sparql), timeout());
        }
        requireStore(store);
        try {
            KnowledgeStore opened = TdbKnowledgeStore.open(store);
            if (EntityGraph.lacksEventKeys(opened)) {
                err.println("newsgraph: " + store + ": the entity graph predates the event sort keys that timeline and "
                        + "events-by-cameo-root read, so they list nothing; run newsgraph rebuild-entities --store "
                        + store + " (build does it by itself)");
                err.flush();
            }
            return opened;
        } catch (NewsgraphException locked) {
            Optional<URI> served = ServingUrl.read(store);
            if (served.isEmpty()) {
                throw locked;
            }
            err.println("newsgraph: " + store + " is held by a running serve; reading through " + served.get());
            err.flush();
            return RemoteKnowledgeStore.open(RemoteEndpoints.forQueries(served.get()), timeout());
        }
    }
}
