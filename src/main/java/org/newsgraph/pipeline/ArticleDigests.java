package org.newsgraph.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsgraph.model.Article;

/** The content hash the build ledger keeps per article: SHA-256 over its text and every metadata field. */
public final class ArticleDigests {
    private ArticleDigests() {
    }

    public static String sha256(Article article) {
        MessageDigest digest = newDigest();
        // Each field with a separator that cannot occur in it, so ("ab","c") and ("a","bc") differ.
        for (Object field : new Object[] {article.id(), article.headline(), article.text(), article.bodyStart(),
                article.published(), article.url(), article.publisher(), article.author()}) {
            digest.update(String.valueOf(field).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
