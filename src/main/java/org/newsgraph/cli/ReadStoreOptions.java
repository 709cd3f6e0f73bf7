package org.newsgraph.cli;

import java.net.URI;
import picocli.CommandLine.Option;

/** The store of a command that only reads it: {@code query}, {@code export}, {@code stats}, {@code validate}, {@code events}. */
final class ReadStoreOptions extends StoreOptions {
    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Read from a SPARQL 1.1 Graph Store Protocol endpoint (e.g. http://host:3030/ds/data) "
                    + "instead of the TDB2 store: the whole dataset is fetched once with HTTP GET.")
    URI endpoint;

    @Override
    URI endpoint() {
        return endpoint;
    }
}
