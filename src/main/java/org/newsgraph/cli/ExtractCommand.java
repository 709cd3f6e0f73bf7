package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.NewsgraphException;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.rdf.Iris;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsgraph extract PATH... --out-dir DIR}: one RDF file per article, no store. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write one RDF file per article (05-foo.txt -> 05-foo.ttl); no store.")
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--out-dir", required = true, paramLabel = "DIR", description = "Where to write the files.")
    Path outDir;

    @Option(names = "--format", defaultValue = "ttl", paramLabel = "FMT",
            description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    ExportFormat format;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        ExportFormat fmt = format;
        if (fmt == ExportFormat.RDFXML) {
            throw new ParameterException(spec.commandLine(), "extract writes ttl, trig, nq or jsonld, not " + format
                    + " (RDF/XML holds no named graphs)");
        }
        PrintWriter err = spec.commandLine().getErr();
        Files.createDirectories(outDir);
        ArticleInputs inputs = ArticleInputs.read(paths, new Progress(err, quiet, 0));
        int[] failed = {inputs.failed};
        RdfExporter exporter = new RdfExporter();
        if (!quiet) {
            err.println("loading NLP models…");
            err.flush();
        }
        try (ArticlePipeline pipeline = ArticlePipeline.standard()) {
            Progress progress = new Progress(err, quiet, inputs.articles.size());
            pipeline.processAll(inputs.articles, result -> {
                if (!result.ok()) {
                    failed[0]++;
                    progress.note("error: " + result.error());
                } else {
                    Path target = outDir.resolve(result.article().baseName() + "." + fmt.fileExtension());
                    OutputFiles.write(target, out -> exporter.exportGraph(Iris.article(result.article().id()),
                            result.graph(), fmt, out));
                }
                progress.step(result.article().source().toString());
            });
        }
        return failed[0] > 0 ? 1 : 0;
    }
}
