package org.newsgraph.cli;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryParameter;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph query NAME|FILE.rq}: runs a bundled query or a file over the union of all articles. */
@Command(name = "query", description = "Run a bundled query (by name) or a .rq file; --list shows the catalogue.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "Query name (see --list) or file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "k=v", description = "Query parameter, repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--list", description = "List the bundled queries with their parameters.")
    boolean list;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCatalogue catalogue = QueryCatalogue.bundled();
        if (list || query == null) {
            for (CatalogueQuery q : catalogue.queries()) {
                out.println(q.name() + " — " + q.title());
                for (QueryParameter p : q.parameters()) {
                    out.println("    --param " + p.name() + "=…  " + p.meaning()
                            + (p.defaultValue() != null ? " (default " + p.defaultValue() + ")" : ""));
                }
            }
            return 0;
        }
        CatalogueQuery q = query.endsWith(".rq") ? fromFile(Path.of(query)) : catalogue.get(query);
        ResultFormat fmt = ResultFormat.byName(format);
        try (KnowledgeStore store = storeOptions.open()) {
            OutputStream stdout = System.out;
            out.flush();
            new QueryRunner(store).run(q, params, fmt, stdout);
        }
        return 0;
    }

    private static CatalogueQuery fromFile(Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return CatalogueQuery.parse(name, Files.readString(file), file.toString());
        } catch (java.io.IOException e) {
            throw new NewsgraphException(file + ": cannot read query: " + e.getMessage(), e);
        }
    }
}
