package org.newsgraph.it;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of many articles for build tests: the bundled and development articles copied under
 * distinct file names and URLs (the article id comes from the URL), like {@code bench/run.sh} does.
 */
final class CorpusCopies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusCopies() {
    }

    static List<Path> sources() {
        List<Path> sources = new ArrayList<>(texts(BundledData.articles()));
        Path dev = Path.of(System.getProperty("newsgraph.corpus", "../shared/corpus/dev")).resolve("articles");
        if (Files.isDirectory(dev)) {
            sources.addAll(texts(dev));
        }
        return sources;
    }

    /** Writes {@code count} articles into {@code folder}; returns their text files. */
    static List<Path> write(Path folder, int count) {
        List<Path> sources = sources();
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < count; i++) {
                Path source = sources.get(i % sources.size());
                String base = source.getFileName().toString().replaceFirst("\\.txt$", "");
                String name = String.format("copy-%04d-%s", i, base);
                Path text = folder.resolve(name + ".txt");
                Files.copy(source, text);
                Path meta = source.resolveSibling(base + ".meta.json");
                if (Files.exists(meta)) {
                    ObjectNode json = (ObjectNode) JSON.readTree(meta.toFile());
                    if (json.hasNonNull("url")) {
                        json.put("url", json.get("url").asText() + "?copy=" + i);
                    }
                    JSON.writeValue(folder.resolve(name + ".meta.json").toFile(), json);
                }
                written.add(text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private static List<Path> texts(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
