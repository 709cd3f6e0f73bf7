package org.newsgraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.rdf4j.rio.RDFFormat;
import org.newsgraph.NewsgraphException;

/**
 * The formats newsgraph writes. Turtle and RDF/XML cannot hold named graphs, so for them the store is
 * written as the union of its article graphs (each triple once); TriG, N-Quads and JSON-LD keep one
 * named graph per article.
 */
public enum ExportFormat {
    TTL("ttl", "ttl", RDFFormat.TURTLE, false),
    TRIG("trig", "trig", RDFFormat.TRIG, true),
    NQ("nq", "nq", RDFFormat.NQUADS, true),
    JSONLD("jsonld", "jsonld", RDFFormat.JSONLD, true),
    RDFXML("rdfxml", "rdf", RDFFormat.RDFXML, false);

    private final String formatName;
    private final String fileExtension;
    private final RDFFormat rioFormat;
    private final boolean namedGraphs;

    ExportFormat(String formatName, String fileExtension, RDFFormat rioFormat, boolean namedGraphs) {
        this.formatName = formatName;
        this.fileExtension = fileExtension;
        this.rioFormat = rioFormat;
        this.namedGraphs = namedGraphs;
    }

    /** The name users type: {@code ttl}, {@code trig}, {@code nq}, {@code jsonld}, {@code rdfxml}. */
    public String formatName() {
        return formatName;
    }

    /** File extension without the dot. */
    public String fileExtension() {
        return fileExtension;
    }

    public RDFFormat rioFormat() {
        return rioFormat;
    }

    /** Whether the format keeps named graphs; if not, the union of the graphs is written. */
    public boolean carriesNamedGraphs() {
        return namedGraphs;
    }

    /** The name users type; picocli shows it in help, completion candidates and error messages. */
    @Override
    public String toString() {
        return formatName;
    }

    /** Looks a format up by its name or file extension, case-insensitively. */
    public static ExportFormat byName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.formatName.equals(wanted) || f.fileExtension.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new NewsgraphException("unknown export format '" + name + "'; use one of "
                        + Arrays.stream(values()).map(ExportFormat::formatName).collect(Collectors.joining(", "))));
    }
}
