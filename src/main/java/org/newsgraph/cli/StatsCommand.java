package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsgraph stats}: what the store holds. Loads no NLP model. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Count articles, quads, entities by type, events, quotations and roles.")
final class StatsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadStoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
            for (Map.Entry<String, Long> e : StoreSummary.overview(store).entrySet()) {
                out.println(e.getKey() + "\t" + e.getValue());
            }
            for (Map.Entry<String, Long> e : StoreSummary.eventsByCameoRoot(store).entrySet()) {
                out.println("events with CAMEO root " + e.getKey() + "\t" + e.getValue());
            }
        }
        return 0;
    }
}
