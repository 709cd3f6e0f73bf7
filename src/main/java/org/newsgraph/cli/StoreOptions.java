package org.newsgraph.cli;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.GspKnowledgeStore;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Option;

/**
 * Where the store is: a TDB2 directory ({@code --store DIR}), or a remote SPARQL 1.1 Graph Store
 * Protocol endpoint ({@code --endpoint URL}). The {@code --endpoint} option is declared by the two
 * subclasses, because what it does differs: {@code build} writes with one HTTP PUT per article
 * ({@link WriteStoreOptions}), the other commands read the whole dataset with one GET
 * ({@link ReadStoreOptions}).
 */
abstract class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    abstract URI endpoint();

    @Option(names = "--endpoint-timeout", paramLabel = "TIME", defaultValue = "30s",
            description = "With --endpoint: connect and read timeout, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    String endpointTimeout;

    /** Whether there is a store to open without creating one (a remote endpoint always counts). */
    boolean exists() {
        return endpoint() != null || Files.isDirectory(store);
    }

    private java.time.Duration timeout() {
        try {
            return ServeCommand.duration(endpointTimeout);
        } catch (NewsgraphException e) {
            throw new NewsgraphException("--endpoint-timeout " + endpointTimeout
                    + ": write a number with ms, s or m, e.g. 30s");
        }
    }

    /** Opens the store, creating an empty TDB2 store when there is none yet (what {@code build} wants). */
    KnowledgeStore open() {
        return endpoint() != null
                ? GspKnowledgeStore.open(endpoint(), timeout(), GspKnowledgeStore.MAX_DATASET_BYTES)
                : TdbKnowledgeStore.open(store);
    }

    /**
     * Opens a store that must already exist: a command that only reads would otherwise create an
     * empty store at a mistyped path and report zero of everything.
     */
    KnowledgeStore openExisting() {
        if (endpoint() == null) {
            requireStore(store);
        }
        return open();
    }

    static void requireStore(Path store) {
        if (!Files.isDirectory(store)) {
            throw new NewsgraphException(store + ": no store here; build one first with "
                    + "'newsgraph build ARTICLES... --store " + store + "'");
        }
    }
}
