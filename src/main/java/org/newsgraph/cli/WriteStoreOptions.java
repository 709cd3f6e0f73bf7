package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.RemoteEndpoints;
import org.newsgraph.store.RemoteKnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Option;

/** The store {@code build} writes to. */
final class WriteStoreOptions extends StoreOptions {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write to a SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) "
                    + "instead of the TDB2 store: one HTTP PUT per article graph, which replaces it; the build "
                    + "ledger is kept there too, in a named graph of its own.")
    URI endpoint;

    @Option(names = "--update", paramLabel = "URL",
            description = "With --endpoint: the SPARQL Update endpoint that keeps the ledger "
                    + "(default: the Graph Store URL with /data replaced by /update, as in Fuseki).")
    URI update;

    @Option(names = "--sparql", paramLabel = "URL",
            description = "With --endpoint: the SPARQL Query endpoint for reads "
                    + "(default: the Graph Store URL with /data replaced by /sparql, as in Fuseki).")
    URI sparql;

    boolean remote() {
        return endpoint != null;
    }

    /** Whether there is a store to open without creating one (a remote endpoint always counts). */
    boolean exists() {
        return remote() || Files.isDirectory(store);
    }

    /** Opens the store, creating an empty TDB2 store when there is none yet. */
    KnowledgeStore open() {
        return remote()
                ? RemoteKnowledgeStore.open(RemoteEndpoints.forBuild(endpoint, update, sparql), timeout())
                : TdbKnowledgeStore.open(store);
    }
}
