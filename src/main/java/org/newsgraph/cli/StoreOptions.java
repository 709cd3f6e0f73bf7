package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Path;
import org.newsgraph.store.GspKnowledgeStore;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Option;

/**
 * Where the store is: a TDB2 directory ({@code --store DIR}), or a remote SPARQL 1.1 Graph Store
 * Protocol endpoint ({@code --endpoint URL}), shared by every command that reads or writes it.
 */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "A SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) to use "
                    + "instead of the TDB2 store: one HTTP PUT per article graph.")
    URI endpoint;

    @Option(names = "--endpoint-timeout", paramLabel = "TIME", defaultValue = "30s",
            description = "With --endpoint: connect and read timeout, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    String endpointTimeout;

    /** Whether there is a store to open without creating one (a remote endpoint always counts). */
    boolean exists() {
        return endpoint != null || java.nio.file.Files.isDirectory(store);
    }

    private java.time.Duration timeout() {
        try {
            return ServeCommand.duration(endpointTimeout);
        } catch (org.newsgraph.NewsgraphException e) {
            throw new org.newsgraph.NewsgraphException("--endpoint-timeout " + endpointTimeout
                    + ": write a number with ms, s or m, e.g. 30s");
        }
    }

    KnowledgeStore open() {
        return endpoint != null
                ? GspKnowledgeStore.open(endpoint, timeout(), GspKnowledgeStore.MAX_DATASET_BYTES)
                : TdbKnowledgeStore.open(store);
    }
}
