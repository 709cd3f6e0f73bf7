package org.newsgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.newsgraph.model.Article;

/**
 * The entry point of ingestion: turns the paths a user gives (files or folders) into one
 * {@link IngestOutcome} per file, in a deterministic order, and never throws because of one bad
 * file, so that a run carries on with the others.
 *
 * <p>Folders are walked recursively and their files taken in sorted path order (name by name,
 * case-sensitive), so that runs and their graphs are reproducible. Hidden files and
 * folders (name starting with {@code .}, e.g. {@code .git}) and {@code .meta.json} sidecars are
 * passed over silently; any other file no reader accepts is reported as {@link
 * IngestOutcome.Skipped}. A path given twice (or a file inside a folder also given) is read once.
 */
public final class ArticleCollector {
    private final List<ArticleReader> readers;

    public ArticleCollector(List<ArticleReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** The .txt and .html readers with their default size caps. */
    public static ArticleCollector withDefaultReaders() {
        return new ArticleCollector(List.of(new TextArticleReader(), new HtmlArticleReader()));
    }

    /** Size caps in bytes for .txt and for .html/.htm files. */
    public static ArticleCollector withSizeCaps(long maxTextBytes, long maxHtmlBytes) {
        return new ArticleCollector(List.of(new TextArticleReader(maxTextBytes),
                new HtmlArticleReader(maxHtmlBytes)));
    }

    /** Reads everything under {@code paths}; see {@link #collect(List, Consumer)}. */
    public List<IngestOutcome> collect(List<Path> paths) {
        List<IngestOutcome> outcomes = new ArrayList<>();
        collect(paths, outcomes::add);
        return outcomes;
    }

    /**
     * Reads everything under {@code paths}, handing each outcome over as soon as it is known, so
     * that a large corpus need not be held in memory.
     */
    public void collect(List<Path> paths, Consumer<IngestOutcome> outcomes) {
        Map<String, Path> fileById = new HashMap<>();
        for (Path file : files(paths, outcomes)) {
            IngestOutcome outcome = readOne(file);
            if (outcome instanceof IngestOutcome.Ingested ingested) {
                outcome = noteSharedId(ingested, fileById);
            }
            outcomes.accept(outcome);
        }
    }

    /** Reads one file; every problem becomes a {@link IngestOutcome.Failed}. */
    public IngestOutcome readOne(Path file) {
        Optional<ArticleReader> reader = readers.stream().filter(r -> r.accepts(file)).findFirst();
        if (reader.isEmpty()) {
            return new IngestOutcome.Skipped(file, "not an article (" + extension(file) + ")");
        }
        List<String> warnings = new ArrayList<>();
        try {
            Article article = reader.get().read(file, warnings::add);
            return new IngestOutcome.Ingested(file, article, warnings);
        } catch (BadArticleException e) {
            return new IngestOutcome.Failed(file, e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug must not end the run either; the message says it is unexpected.
            return new IngestOutcome.Failed(file, file + ": unexpected error: " + e);
        }
    }

    /**
     * Two files with the same id would overwrite each other's graph; that is intended for the same
     * article read again, but worth a warning when it happens within one run.
     */
    private static IngestOutcome noteSharedId(IngestOutcome.Ingested ingested, Map<String, Path> fileById) {
        Path earlier = fileById.putIfAbsent(ingested.article().id(), ingested.file());
        if (earlier == null) {
            return ingested;
        }
        List<String> warnings = new ArrayList<>(ingested.warnings());
        warnings.add(ingested.file() + ": same id " + ingested.article().id() + " as " + earlier
                + " (same URL or file base name); its graph will replace that one's");
        return new IngestOutcome.Ingested(ingested.file(), ingested.article(), warnings);
    }

    /** The files to read, in order; missing paths are reported straight away. */
    private static List<Path> files(List<Path> paths, Consumer<IngestOutcome> outcomes) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try {
                    seen.addAll(walk(path));
                } catch (IOException | UncheckedIOException e) {
                    outcomes.accept(new IngestOutcome.Failed(path, path + ": cannot list folder: " + e.getMessage()));
                }
            } else if (Sidecar.isSidecar(path)) {
                continue; // read together with its article, not on its own
            } else if (Files.exists(path)) {
                seen.add(path);
            } else {
                outcomes.accept(new IngestOutcome.Failed(path, path + ": no such file or folder"));
            }
        }
        List<Path> unique = new ArrayList<>();
        Set<Path> real = new LinkedHashSet<>();
        for (Path file : seen) {
            if (real.add(file.toAbsolutePath().normalize())) {
                unique.add(file);
            }
        }
        return unique;
    }

    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk
                    .filter(Files::isRegularFile)
                    .filter(file -> !isHidden(folder.relativize(file)))
                    .filter(file -> !Sidecar.isSidecar(file))
                    .sorted(ArticleCollector::compareByNames)
                    .toList();
        }
    }

    /**
     * Name by name, case-sensitively, so that the order is the same on every file system (the
     * natural order of {@code Path} ignores case on Windows).
     */
    private static int compareByNames(Path a, Path b) {
        int common = Math.min(a.getNameCount(), b.getNameCount());
        for (int i = 0; i < common; i++) {
            int byName = a.getName(i).toString().compareTo(b.getName(i).toString());
            if (byName != 0) {
                return byName;
            }
        }
        return Integer.compare(a.getNameCount(), b.getNameCount());
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "no extension";
    }
}
