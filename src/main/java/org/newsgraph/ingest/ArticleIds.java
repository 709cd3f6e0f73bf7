package org.newsgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one place that decides {@link org.newsgraph.model.Article#id()}: the first 12 lower-case hex
 * digits of the SHA-256 of the URL when known, else of the file's base name (name without its
 * extension, never the folder), so that re-ingesting the same article, even from another folder,
 * replaces its graph instead of adding a second one.
 */
public final class ArticleIds {
    private static final int LENGTH = 12;

    private ArticleIds() {
    }

    /** The id for an article with this URL (may be null or blank) read from this file. */
    public static String of(String url, Path file) {
        String key = url != null && !url.isBlank() ? url.strip() : baseName(file);
        return hash(key);
    }

    /** {@code a/b/05-foo.txt} -> {@code 05-foo}; the same rule as {@code Article.baseName()}. */
    public static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
