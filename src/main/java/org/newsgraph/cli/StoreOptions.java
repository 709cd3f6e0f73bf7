package org.newsgraph.cli;

import java.nio.file.Path;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by every command that reads or writes the store. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    KnowledgeStore open() {
        return TdbKnowledgeStore.open(store);
    }
}
