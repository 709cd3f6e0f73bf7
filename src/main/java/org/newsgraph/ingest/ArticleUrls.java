package org.newsgraph.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/**
 * Decides whether an article's URL may become an IRI in the graph ({@code schema:url}) and the key of
 * its id. Only absolute {@code http}/{@code https} IRIs that parse under RFC 3987 pass: a bare
 * {@code example.org/news/1}, a number, or a URL with a space or {@code "><script>} would otherwise
 * pass {@code build} and then break {@code export} and every reader of the store.
 */
public final class ArticleUrls {
    private static final Pattern WITH_HOST = Pattern.compile("(?i)https?://[^/?#@:]+(:[0-9]*)?([/?#].*)?");

    private ArticleUrls() {
    }

    /** Empty when {@code url} is usable as an article IRI, else the reason it is not (one phrase). */
    public static Optional<String> problem(String url) {
        String scheme = url.contains(":") ? url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT) : "";
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("not an absolute http(s) URL");
        }
        Optional<String> notIri = iriProblem(url);
        if (notIri.isPresent()) {
            return notIri;
        }
        return WITH_HOST.matcher(url).matches() ? Optional.empty() : Optional.of("not an absolute http(s) URL with a host");
    }

    /** Empty when {@code iri} is an absolute IRI of any scheme (RFC 3987), else the reason it is not. */
    public static Optional<String> iriProblem(String iri) {
        for (int i = 0; i < iri.length(); i++) {
            char c = iri.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < iri.length() && Character.isLowSurrogate(iri.charAt(i + 1))) {
                i++; // a character outside the BMP, allowed in an IRI
                continue;
            }
            // RFC 3987 excludes these everywhere in an IRI; IRIx accepts some of them in places.
            if (c <= ' ' || c == 0x7F || "<>\"{}|\\^`".indexOf(c) >= 0 || Character.isSurrogate(c)) {
                return Optional.of(String.format(Locale.ROOT, "character U+%04X at position %d is not allowed in an IRI",
                        (int) c, i));
            }
        }
        try {
            if (!IRIx.create(iri).isReference()) {
                return Optional.of("not an absolute IRI");
            }
        } catch (IRIException e) {
            return Optional.of("not a valid IRI (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }
}
