package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the paragraphs of a page's article: the {@code <p>} elements of its {@code <article>}
 * (the one with the most paragraph text, if several), or else of the element whose direct
 * {@code <p>} children hold the most text, minus {@link Boilerplate}. Furniture tags (nav, aside,
 * figure, ...) are removed before the container is chosen, class-based boilerplate only inside
 * the chosen container, so that a stray "ad" class on an outer wrapper cannot delete the story.
 */
final class MainContent {
    private final Boilerplate boilerplate;

    MainContent(Boilerplate boilerplate) {
        this.boilerplate = boilerplate;
    }

    /**
     * The article's paragraphs, whitespace-normalised, in document order. Works on a copy: the
     * page is left as it was.
     */
    List<String> paragraphs(Document page) {
        Document copy = page.clone();
        // Furniture tags go first, so that a <nav> full of <p> links cannot win the container vote.
        for (Element element : copy.body().select("*")) {
            if (element.parent() != null && boilerplate.isBoilerplateTag(element)) {
                element.remove();
            }
        }
        Element container = container(copy);
        if (container == null) {
            return List.of();
        }
        for (Element element : container.select("*")) {
            if (element != container && element.parent() != null && boilerplate.isBoilerplateElement(element)) {
                element.remove();
            }
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element p : container.select("p")) {
            String text = HtmlMetadata.clean(p.text());
            if (text != null && !boilerplate.isBoilerplateParagraph(text)) {
                paragraphs.add(text);
            }
        }
        return paragraphs;
    }

    private static Element container(Document page) {
        Element densest = densestParagraphParent(page);
        int densestLength = densest == null ? 0 : ownParagraphTextLength(densest);
        Element article = null;
        int articleLength = 0;
        for (Element candidate : page.body().select("article")) {
            int length = paragraphTextLength(candidate.select("p"));
            if (length > articleLength) {
                article = candidate;
                articleLength = length;
            }
        }
        // An <article> wins unless it is plainly a teaser card next to the real text (pages that
        // wrap "more stories" cards in <article> but the story itself in a <div>).
        if (article != null && articleLength * 2 >= densestLength) {
            return article;
        }
        return densest;
    }

    /**
     * The element whose own {@code <p>} children hold the most text, so that {@code <body>}, which
     * contains everything, does not win by default. Ties go to the first in document order.
     */
    private static Element densestParagraphParent(Document page) {
        Map<Element, Integer> scores = new LinkedHashMap<>();
        for (Element p : page.body().select("p")) {
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, p.text().length(), Integer::sum);
            }
        }
        Element best = null;
        int bestLength = 0;
        for (Map.Entry<Element, Integer> score : scores.entrySet()) {
            if (score.getValue() > bestLength) {
                best = score.getKey();
                bestLength = score.getValue();
            }
        }
        return best;
    }

    private static int ownParagraphTextLength(Element parent) {
        int length = 0;
        for (Element child : parent.children()) {
            if (child.normalName().equals("p")) {
                length += child.text().length();
            }
        }
        return length;
    }

    private static int paragraphTextLength(List<Element> paragraphs) {
        int length = 0;
        for (Element p : paragraphs) {
            length += p.text().length();
        }
        return length;
    }
}
