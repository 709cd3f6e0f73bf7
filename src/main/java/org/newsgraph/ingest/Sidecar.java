package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The optional {@code NAME.meta.json} next to {@code NAME.txt}:
 * {@code {"url", "source", "published": "YYYY-MM-DD", "title", "author"}}. Unknown keys are
 * ignored; null or blank values count as absent. {@code title} is kept for reference only: the
 * headline always comes from the text, because offsets refer to the text.
 *
 * @param publisher the {@code source} field
 */
record Sidecar(String url, String publisher, LocalDate published, String title, String author) {
    static final String SUFFIX = ".meta.json";
    /** Sidecars are a few hundred bytes; anything this big is not one. */
    private static final long MAX_BYTES = 64 * 1024;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** {@code a/05-foo.txt} -> {@code a/05-foo.meta.json}. */
    static Path pathFor(Path article) {
        return article.resolveSibling(ArticleIds.baseName(article) + SUFFIX);
    }

    static boolean isSidecar(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(SUFFIX);
    }

    /** The sidecar of {@code article}, or empty when it has none. */
    static Optional<Sidecar> readFor(Path article) {
        Path sidecar = pathFor(article);
        return Files.exists(sidecar) ? Optional.of(read(sidecar)) : Optional.empty();
    }

    /** @throws BadArticleException naming the sidecar, and the line and column of bad JSON */
    static Sidecar read(Path sidecar) {
        JsonNode root;
        try {
            long size = Files.size(sidecar);
            if (size > MAX_BYTES) {
                throw new BadArticleException(sidecar, "too large for a sidecar: " + size
                        + " bytes, the cap is " + MAX_BYTES + " bytes");
            }
            byte[] bytes = Files.readAllBytes(sidecar);
            // A sidecar is one flat object; deeper nesting is refused before it can exhaust the stack.
            int depth = JsonDepth.of(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            if (depth > JsonDepth.MAX) {
                throw new BadArticleException(sidecar, "malformed metadata: JSON nested " + depth
                        + " levels deep, the cap is " + JsonDepth.MAX);
            }
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new BadArticleException(sidecar, "malformed JSON" + where + ": "
                    + firstLine(e.getOriginalMessage()), e);
        } catch (NoSuchFileException e) {
            throw new BadArticleException(sidecar, "no such file");
        } catch (IOException e) {
            throw new BadArticleException(sidecar, "cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new BadArticleException(sidecar, "malformed metadata: expected a JSON object");
        }
        return new Sidecar(
                text(sidecar, root, "url"),
                text(sidecar, root, "source"),
                date(sidecar, root, "published"),
                text(sidecar, root, "title"),
                text(sidecar, root, "author"));
    }

    private static String text(Path sidecar, JsonNode root, String field) {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new BadArticleException(sidecar, "field \"" + field + "\" should be a string, not "
                    + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(Path sidecar, JsonNode root, String field) {
        String value = text(sidecar, root, field);
        if (value == null) {
            return null;
        }
        // A full timestamp ("2025-05-22T14:18:00Z") is accepted for its date part.
        if (value.matches("\\d{4}-\\d{2}-\\d{2}(T.*)?")) {
            try {
                return LocalDate.parse(value.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                // falls through to the error below: "2025-02-30" looks right but is no date
            }
        }
        throw new BadArticleException(sidecar, "field \"" + field + "\" is not a YYYY-MM-DD date: \""
                + value + "\"");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
