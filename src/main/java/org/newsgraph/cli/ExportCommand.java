package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph export}: the whole store through an RDF4J Rio writer. Loads no NLP model. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the store as Turtle, TriG, N-Quads, JSON-LD or RDF/XML.")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadStoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "trig", paramLabel = "FMT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "ttl and rdfxml hold no named graphs: they get the union of all articles.")
    ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        RdfExporter exporter = new RdfExporter();
        try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
            if (output == null) {
                OutputFiles.writeWhole(System.out, out -> exporter.exportStore(store, format, out));
            } else {
                OutputFiles.write(output, out -> exporter.exportStore(store, format, out));
            }
        }
        return 0;
    }
}
