package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.newsgraph.NewsgraphException;
import picocli.CommandLine.Option;

/**
 * Where the store is: a TDB2 directory ({@code --store DIR}), or a remote SPARQL 1.1 server. What
 * names the server differs: {@code build} writes through its Graph Store Protocol endpoint
 * ({@link WriteStoreOptions}), the other commands only query it ({@link ReadStoreOptions}).
 */
abstract class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--endpoint-timeout", paramLabel = "TIME", defaultValue = "30s",
            description = "With a remote store: connect and answer timeout, e.g. 500ms, 30s, 2m (default: ${DEFAULT-VALUE}).")
    String endpointTimeout;

    Duration timeout() {
        try {
            return ServeCommand.duration(endpointTimeout);
        } catch (NewsgraphException e) {
            throw new NewsgraphException("--endpoint-timeout " + endpointTimeout
                    + ": write a number with ms, s or m, e.g. 30s");
        }
    }

    static void requireStore(Path store) {
        if (!Files.isDirectory(store)) {
            throw new NewsgraphException(store + ": no store here; build one first with "
                    + "'newsgraph build ARTICLES... --store " + store + "'");
        }
    }
}
