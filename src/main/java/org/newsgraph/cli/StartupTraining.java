package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine;

/**
 * Runs the read-only commands once each over an empty store, so that the JVM started with
 * {@code -XX:ArchiveClassesAtExit} writes every class they load into a class-data-sharing archive.
 * The launcher does this after each Maven build; later runs map the archive instead of loading and
 * verifying thousands of Jena, ARQ, TDB2, SHACL and Rio classes one by one. What the commands print
 * is thrown away: only the classes they load matter.
 */
public final class StartupTraining {
    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("newsgraph-startup-training");
        try {
            String store = dir.resolve("store").toString();
            TdbKnowledgeStore.open(Path.of(store)).close();
            for (List<String> command : commands(store, dir.resolve("export").toString())) {
                CommandLine cli = Main.commandLine();
                PrintWriter nowhere = new PrintWriter(OutputStream.nullOutputStream());
                cli.setOut(nowhere);
                cli.setErr(nowhere);
                cli.execute(command.toArray(String[]::new));
            }
        } finally {
            deleteRecursively(dir);
        }
    }

    private static List<List<String>> commands(String store, String exportFile) {
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("--help"));
        commands.add(List.of("query", "--list"));
        for (CatalogueQuery query : QueryCatalogue.bundled().queries()) {
            commands.add(List.of("query", query.name(), "--store", store));
        }
        commands.add(List.of("stats", "--store", store));
        commands.add(List.of("validate", "--store", store));
        for (String format : List.of("ttl", "trig", "nq", "jsonld", "rdfxml")) {
            commands.add(List.of("export", "--format", format, "-o", exportFile + "." + format, "--store", store));
        }
        return commands;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
