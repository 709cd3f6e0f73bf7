package org.newsgraph.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** The store {@code build} writes to. */
final class WriteStoreOptions extends StoreOptions {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Write to a SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) "
                    + "instead of the TDB2 store: one HTTP PUT per article graph, which replaces it.")
    URI endpoint;

    @Override
    URI endpoint() {
        return endpoint;
    }
}
