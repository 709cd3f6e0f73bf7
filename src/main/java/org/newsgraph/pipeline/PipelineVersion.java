package org.newsgraph.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A fingerprint of the code and rule files that turn an article into a graph, stored in the build
 * ledger: when it changes, {@code build} re-extracts every article even if its text did not change.
 *
 * <p>It hashes the compiled classes and resources of the packages on the extraction path (or the
 * whole jar when running from one), so any edit to a rule file or extractor counts, with no
 * version number to forget to bump. (A CoreNLP upgrade changes the pom, not these files: bump
 * {@link #SCHEME} then.)
 */
public final class PipelineVersion {
    private static final List<String> PACKAGES = List.of("ingest", "nlp", "extract", "gazetteer", "rdf", "model",
            "pipeline");
    /** Changed by hand when something outside these packages changes the graphs, e.g. a CoreNLP upgrade. */
    static final String SCHEME = "1 corenlp-4.5.10";
    private static volatile String current;

    private PipelineVersion() {
    }

    public static String current() {
        String local = current;
        if (local == null) {
            current = local = compute();
        }
        return local;
    }

    private static String compute() {
        MessageDigest digest = ArticleDigests.newDigest();
        digest.update(SCHEME.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            Path location = Path.of(PipelineVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                for (String pkg : PACKAGES) {
                    Path dir = location.resolve("org/newsgraph").resolve(pkg);
                    if (!Files.isDirectory(dir)) {
                        continue;
                    }
                    try (Stream<Path> files = Files.walk(dir)) {
                        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                            digest.update(location.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            digest.update(Files.readAllBytes(file));
                        }
                    }
                }
            } else {
                try (InputStream in = Files.newInputStream(location)) {
                    digest.update(in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate newsgraph's classes", e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }
}
