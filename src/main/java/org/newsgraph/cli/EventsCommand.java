package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.EventsTable;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph events}: the flat event table, one row per event, for pandas, R and spreadsheets. */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Print the events as a flat table, one row each (TSV or CSV), for pandas, R or a spreadsheet.",
                "Columns: id, date, CAMEO code, root and root name, status, label, actor 1 and 2 (name, Wikidata ID, "
                + "country), all actors, place (name, Wikidata ID, lat, long), article, URL, date "
                + "published and evidence sentence.",
                "  pandas.read_csv('events.tsv', sep='\\t', dtype=str)"})
final class EventsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadStoreOptions storeOptions;

    @Option(names = "--format", defaultValue = "tsv", paramLabel = "FMT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    EventsTable.Layout format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        List<List<String>> rows;
        try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
            rows = EventsTable.rows(store);
        }
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            OutputStream bytes = QueryCommand.textOutput(out);
            EventsTable.write(rows, format, bytes);
            bytes.flush();
            out.flush();
        } else {
            try (OutputStream file = Files.newOutputStream(output)) {
                EventsTable.write(rows, format, file);
            } catch (IOException e) {
                throw new NewsgraphException(output + ": cannot write: " + e.getMessage(), e);
            }
            spec.commandLine().getErr().println(Words.count(rows.size(), "event") + " written to " + output);
        }
        return 0;
    }
}
