package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.newsgraph.model.Event;
import org.newsgraph.model.Legislation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;

/**
 * Deterministic IRIs for everything newsgraph mints under {@code ngr:}. The same input always gives
 * the same IRI, so re-running an extraction rewrites the same nodes instead of adding new ones.
 */
public final class Iris {
    /** How many hex digits of the SHA-256 go into a content-hash IRI (64 bits: no collisions in practice). */
    static final int HASH_HEX_DIGITS = 16;

    private Iris() {
    }

    public static String article(String articleId) {
        return Vocab.NGR + "article/" + encodePath(articleId);
    }

    /** {@code ngr:entity/Q7747} or {@code ngr:entity/person/jake-sullivan}. */
    public static String entity(String key) {
        return Vocab.NGR + "entity/" + encodePath(key);
    }

    /**
     * {@code ngr:geo/Q406} ({@code nggeo:Q406}), the {@code schema:GeoCoordinates} of a place. Minted,
     * not a blank node: every article graph that mentions the place describes it, and with one IRI the
     * union of the graphs holds one point with one latitude, where blank nodes would give one point per
     * article.
     */
    public static String geo(String entityKey) {
        return Vocab.NGGEO + encodePath(entityKey);
    }

    /**
     * An RFC 5147 fragment on the article IRI: {@code ngr:article/ID#char=BEGIN,END}, the span counted
     * in characters (code points), see {@link CodePointOffsets}.
     */
    public static String span(String articleId, Span span) {
        return article(articleId) + "#char=" + span.begin() + "," + span.end();
    }

    /**
     * An event is defined by its class, its principal actors and its date, not by the words of one
     * article: two articles reporting the same call get the same node even when one also names a
     * bystander ("a call about Ukraine") or the place and the other does not. The principal actors
     * are the initiator and the target when the text gives them, else every actor.
     */
    public static String event(String eventClass, Event event) {
        List<String> principal = new ArrayList<>();
        if (event.initiator() != null) {
            principal.add(event.initiator());
        }
        if (event.target() != null) {
            principal.add(event.target());
        }
        List<String> actors = (principal.isEmpty() ? event.actorKeys() : principal).stream()
                .sorted().distinct().toList();
        return Vocab.NGR + "event/" + hash(eventClass, String.join(",", actors), Objects.toString(event.date(), ""));
    }

    public static String quote(String articleId, Quote quote) {
        return Vocab.NGR + "quote/" + hash(articleId, quote.span().begin() + "," + quote.span().end());
    }

    /** A role is the same node wherever it is read: same person, position, organization and currency. */
    /** A bill is identified by what it is, who sponsors it and whom it targets, across articles. */
    public static String legislation(Legislation bill) {
        return Vocab.NGR + "legislation/" + hash(bill.label(), Objects.toString(bill.sponsorKey(), ""),
                Objects.toString(bill.targetKey(), ""));
    }

    public static String role(Role role) {
        return Vocab.NGR + "role/" + hash(role.personKey(), role.roleName(),
                Objects.toString(role.ofKey(), ""), Boolean.toString(role.current()));
    }

    /** First {@value #HASH_HEX_DIGITS} hex digits of the SHA-256 of the parts, separated by a unit separator. */
    static String hash(String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] digest = sha256.digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Keeps keys readable ({@code person/jake-sullivan}) while percent-encoding what an IRI path cannot hold. */
    static String encodePath(String key) {
        StringBuilder out = new StringBuilder(key.length());
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
