package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
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
    /**
     * The most characters an article's text may have. Extraction time is linear in the length (see
     * README, "Limits"), but one article is annotated on one core and held in memory whole, so a
     * text of several million characters would hold up and crowd out the rest of a build.
     */
    public static final int MAX_ARTICLE_CHARS = 2_000_000;

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
            Article article = withSafeCharacters(reader.get().read(file, warnings::add), warnings);
            if (article.text().length() > MAX_ARTICLE_CHARS) {
                return new IngestOutcome.Failed(file, file + ": text of " + article.text().length()
                        + " characters, over the cap of " + MAX_ARTICLE_CHARS + " characters per article");
            }
            return new IngestOutcome.Ingested(file, article, warnings);
        } catch (BadArticleException e) {
            return new IngestOutcome.Failed(file, e.getMessage());
        } catch (RuntimeException e) {
            // A reader bug must not end the run either; the message says it is unexpected.
            return new IngestOutcome.Failed(file, file + ": unexpected error: " + e);
        } catch (StackOverflowError e) {
            // Readers bound nesting before they parse; this is the last line of defence for one file.
            return new IngestOutcome.Failed(file, file + ": too deeply nested to read (stack overflow)");
        }
    }

    /**
     * Replaces control characters and lone surrogates one for one (see {@link UnsafeCharacters}), so
     * offsets and {@code bodyStart} are unchanged and the id, computed from the URL, stays the same.
     */
    private static Article withSafeCharacters(Article a, List<String> warnings) {
        String file = a.source().toString();
        return new Article(a.id(), a.source(),
                UnsafeCharacters.clean(a.headline(), file + ": headline", w -> { }),
                UnsafeCharacters.clean(a.text(), file + ": text", warnings::add),
                a.bodyStart(), a.published(), a.url(),
                UnsafeCharacters.clean(a.publisher(), file + ": publisher", warnings::add),
                UnsafeCharacters.clean(a.author(), file + ": author", warnings::add));
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

    /** The files to read, in order; missing paths and unreadable folders are reported straight away. */
    private static List<Path> files(List<Path> paths, Consumer<IngestOutcome> outcomes) {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                seen.addAll(walk(path, outcomes));
            } else if (Sidecar.isSidecar(path)) {
                continue; // read together with its article, not on its own
            } else if (Files.exists(path)) {
                seen.add(path);
            } else if (Files.isSymbolicLink(path)) {
                outcomes.accept(new IngestOutcome.Failed(path, path + ": broken symbolic link (its target "
                        + readLink(path) + " does not exist)"));
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

    /**
     * The article files under {@code folder}, following symbolic links. What cannot be read is
     * reported and passed over, so one unreadable subfolder, a link that loops back to a folder above
     * it, or a link to nothing costs that entry only, never the rest of the folder.
     */
    private static List<Path> walk(Path folder, Consumer<IngestOutcome> outcomes) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            return !dir.equals(folder) && isHidden(folder.relativize(dir))
                                    ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isHidden(folder.relativize(file)) || Sidecar.isSidecar(file)) {
                                return FileVisitResult.CONTINUE;
                            }
                            if (attrs.isSymbolicLink()) {
                                // Following it failed: the walk hands over the link itself.
                                outcomes.accept(new IngestOutcome.Failed(file, file + ": broken symbolic link (its target "
                                        + readLink(file) + " does not exist)"));
                            } else if (attrs.isRegularFile()) {
                                found.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (!isHidden(folder.relativize(file))) {
                                outcomes.accept(new IngestOutcome.Failed(file, file + ": " + whyUnreadable(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            outcomes.accept(new IngestOutcome.Failed(folder, folder + ": " + whyUnreadable(e)));
        }
        found.sort(ArticleCollector::compareByNames);
        return found;
    }

    private static String whyUnreadable(IOException e) {
        if (e instanceof FileSystemLoopException) {
            return "symbolic link loop (it leads back to a folder above it), not followed";
        }
        if (e instanceof AccessDeniedException) {
            return "cannot read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        return "cannot read: " + e.getMessage();
    }

    private static String readLink(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "?";
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
