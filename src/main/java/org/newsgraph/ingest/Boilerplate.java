package org.newsgraph.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture around an article's paragraphs: tags such as {@code nav} or
 * {@code figure}, elements whose class or id says share/related/newsletter/comment/caption/
 * credit/promo/ad, and paragraphs that are photo credits, teasers or comment prompts. The
 * patterns live in {@code boilerplate.txt}, where each says what it catches.
 */
final class Boilerplate {
    private final List<Pattern> tags;
    private final List<Pattern> elements;
    private final List<Pattern> paragraphs;

    private Boilerplate(PatternFile patterns) {
        this.tags = patterns.section("tags");
        this.elements = patterns.section("element");
        this.paragraphs = patterns.section("paragraph");
    }

    /** The bundled patterns. */
    static Boilerplate standard() {
        return new Boilerplate(PatternFile.load("boilerplate.txt"));
    }

    boolean isBoilerplateTag(Element element) {
        return matchesAny(tags, element.normalName());
    }

    boolean isBoilerplateElement(Element element) {
        if (isBoilerplateTag(element)) {
            return true;
        }
        String classAndId = (element.className() + " " + element.id()).strip().toLowerCase(Locale.ROOT);
        return !classAndId.isEmpty() && matchesAny(elements, classAndId);
    }

    /** @param text the paragraph's text, whitespace already normalised */
    boolean isBoilerplateParagraph(String text) {
        return matchesAny(paragraphs, text);
    }

    private static boolean matchesAny(List<Pattern> patterns, String value) {
        for (Pattern pattern : patterns) {
            if (pattern.matcher(value).find()) {
                return true;
            }
        }
        return false;
    }
}
