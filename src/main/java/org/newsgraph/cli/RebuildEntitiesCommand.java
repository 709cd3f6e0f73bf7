package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Mixin
    WriteStoreOptions storeOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!storeOptions.remote()) {
            StoreOptions.requireStore(storeOptions.store);
        }
        try (KnowledgeStore opened = storeOptions.open()) {
            opened.rebuildEntityGraph();
            out.println("entity graph rebuilt from " + Words.count(opened.articleIris().size(), "article graph")
                    + ": " + Words.count(opened.entityGraphSize(), "quad"));
        }
        return 0;
    }
}
