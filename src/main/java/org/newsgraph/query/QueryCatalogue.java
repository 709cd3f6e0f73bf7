package org.newsgraph.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.newsgraph.NewsgraphException;

/**
 * The named queries of queries/*.rq, bundled on the classpath under {@code org/newsgraph/queries/} or
 * read from a directory. A query's name is its file name without {@code .rq}.
 */
public final class QueryCatalogue {
    public static final String CLASSPATH_FOLDER = "org/newsgraph/queries/";

    private final List<CatalogueQuery> queries;

    private QueryCatalogue(List<CatalogueQuery> queries) {
        this.queries = List.copyOf(queries);
    }

    /** The queries shipped inside newsgraph. */
    public static QueryCatalogue bundled() {
        URL folder = QueryCatalogue.class.getClassLoader().getResource(CLASSPATH_FOLDER);
        if (folder == null) {
            throw new NewsgraphException(CLASSPATH_FOLDER + ": not on the classpath; rebuild with mvn package");
        }
        try {
            URI uri = folder.toURI();
            if ("jar".equals(uri.getScheme())) {
                return fromJar(uri);
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new NewsgraphException(folder + ": cannot list the bundled queries (" + e.getMessage() + ")", e);
        }
    }

    private static QueryCatalogue fromJar(URI uri) throws IOException {
        FileSystem jar;
        boolean openedHere;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            openedHere = true;
        } catch (FileSystemAlreadyExistsException e) {
            // Already open elsewhere in this JVM: use it, and leave closing it to its owner.
            jar = FileSystems.getFileSystem(uri);
            openedHere = false;
        }
        try {
            return fromDirectory(jar.getPath(CLASSPATH_FOLDER));
        } finally {
            if (openedHere) {
                jar.close();
            }
        }
    }

    /** Every {@code *.rq} file in {@code directory}, sorted by name. */
    public static QueryCatalogue fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new NewsgraphException(directory + ": not a directory of .rq query files");
        }
        List<CatalogueQuery> queries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                queries.add(CatalogueQuery.parse(name, Files.readString(file, StandardCharsets.UTF_8), file.toString()));
            }
        } catch (IOException e) {
            throw new NewsgraphException(directory + ": cannot read the queries (" + e.getMessage() + ")", e);
        }
        return new QueryCatalogue(queries);
    }

    public List<CatalogueQuery> queries() {
        return queries;
    }

    public Optional<CatalogueQuery> find(String name) {
        return queries.stream().filter(q -> q.name().equals(name)).findFirst();
    }

    /** The query called {@code name}; the error lists the names there are. */
    public CatalogueQuery get(String name) {
        return find(name).orElseThrow(() -> new NewsgraphException("no query named '" + name + "'; there are: "
                + queries.stream().map(CatalogueQuery::name).collect(Collectors.joining(", "))));
    }
}
