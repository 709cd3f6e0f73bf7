package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph rebuild-entities}: computes the entity graph afresh from the article graphs, for a
 * store written before the entity graph existed or one whose entity graph is in doubt.
 */
@Command(name = "rebuild-entities", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rebuild the entity graph (" + EntityGraph.IRI + ") from the article graphs.")
final class RebuildEntitiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        StoreOptions.requireStore(store);
        try (TdbKnowledgeStore opened = TdbKnowledgeStore.open(store)) {
            opened.rebuildEntityGraph();
            out.println("entity graph rebuilt from " + Words.count(opened.articleIris().size(), "article graph")
                    + ": " + Words.count(opened.entityGraphSize(), "quad"));
        }
        return 0;
    }
}
