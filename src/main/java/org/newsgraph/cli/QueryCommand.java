package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.Paging;
import org.newsgraph.query.QueryParameter;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.query.ResultFormat;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph query NAME|FILE.rq}: runs a bundled query or a file over the union of all articles. */
@Command(name = "query", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Run a bundled query (by name) or a .rq file; --list shows the catalogue.")
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ReadStoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "NAME|FILE.rq", description = "Query name (see --list) or file.")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "k=v", description = "Query parameter, repeatable.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--format", defaultValue = "table", paramLabel = "FMT",
            description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). csv, tsv and json (an array of "
                    + "records) hold plain values for data tools; srj and srx are the SPARQL results formats.")
    ResultFormat format;

    @Option(names = "--list", description = "List the bundled queries with their parameters.")
    boolean list;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "Show at most N rows (default: ${DEFAULT-VALUE}).")
    long limit;

    @Option(names = "--offset", paramLabel = "M", defaultValue = "0",
            description = "Skip the first M rows, for the next page (default: ${DEFAULT-VALUE}).")
    long offset;

    @Option(names = "--all", description = "Show every row (ignores --limit; --offset still skips).")
    boolean all;

    @Override
    public Integer call() throws IOException {
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
        CatalogueQuery q = query.endsWith(".rq") ? CatalogueQuery.fromFile(Path.of(query)) : bundled(catalogue, query);
        try (KnowledgeStore store = storeOptions.openExisting(spec.commandLine().getErr())) {
            out.flush();
            OutputStream bytes = textOutput(out);
            new QueryRunner(store).run(q, params, paging(), format, bytes);
            bytes.flush();
        }
        return 0;
    }

    private Paging paging() {
        return new Paging(all ? Query.NOLIMIT : limit, offset);
    }

    /** The bundled query of that name; an unknown name is a usage error with the closest names. */
    private CatalogueQuery bundled(QueryCatalogue catalogue, String name) {
        return catalogue.find(name).orElseThrow(() -> {
            List<String> close = Suggestions.closest(name, catalogue.queries().stream().map(CatalogueQuery::name).toList());
            throw new ParameterException(spec.commandLine(), "no bundled query named '" + name + "'"
                    + (close.isEmpty() ? "" : "; did you mean " + String.join(" or ", close) + "?")
                    + " ('newsgraph query --list' shows them all)");
        });
    }

    /**
     * The command's output writer as a byte stream for the result writers, which write UTF-8 bytes;
     * going through the writer (not System.out) lets tests and embedding code capture the output.
     */
    static OutputStream textOutput(PrintWriter out) throws IOException {
        return WriterOutputStream.builder().setWriter(out).setCharset(StandardCharsets.UTF_8).get();
    }
}
