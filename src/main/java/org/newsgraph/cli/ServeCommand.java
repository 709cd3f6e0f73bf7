package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.serve.ServingUrl;
import org.newsgraph.store.TdbKnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsgraph serve}: a SPARQL endpoint and the browser explorer over the store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Serve the store over SPARQL (/sparql, /data) with a browser explorer at /.")
final class ServeCommand implements Callable<Integer> {
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");

    @Spec
    CommandSpec spec;

    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-db",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "127.0.0.1 (loopback only, default) or 0.0.0.0 (every interface).")
    String host;

    @Option(names = "--writable", description = "Allow SPARQL Update and Graph Store Protocol writes.")
    boolean writable;

    @Option(names = "--timeout", defaultValue = "10s", paramLabel = "TIME",
            description = "Query time limit: 500ms, 10s, 2m (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        ServeSettings settings = new ServeSettings(host, port, writable, duration(timeout));
        StoreOptions.requireStore(store);
        try (TdbKnowledgeStore opened = TdbKnowledgeStore.open(store);
             SparqlServer server = SparqlServer.start(opened, settings)) {
            out.println("newsgraph: serving " + Words.count(opened.articleIris().size(), "article") + " from " + store
                    + (writable ? " (writable)" : " (read-only)"));
            out.println("  explorer: " + server.url());
            out.println("  SPARQL:   " + server.url() + "sparql    Graph Store: " + server.url() + "data");
            out.println("Press Ctrl-C to stop.");
            out.flush();
            handOver(server.url() + "sparql", server::join);
        }
        return 0;
    }

    /**
     * Runs the server with its SPARQL URL left in the store directory ({@link ServingUrl}), so reading
     * commands, which find the store locked, query the server instead; removed on any way out, Ctrl-C too.
     */
    private void handOver(String sparqlUrl, Runnable serving) {
        Path marker = ServingUrl.write(store, sparqlUrl);
        Thread cleanup = new Thread(() -> ServingUrl.remove(marker), "remove " + marker);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            serving.run();
        } finally {
            ServingUrl.remove(marker);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanup);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs anyway
            }
        }
    }

    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.strip());
        if (!m.matches()) {
            throw new NewsgraphException("--timeout " + text + ": write a number with ms, s or m, e.g. 10s");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
