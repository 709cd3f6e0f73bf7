package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoilerplateTest {
    private static final Boilerplate BOILERPLATE = Boilerplate.standard();

    @ParameterizedTest
    @ValueSource(strings = {
        "Photo: Jane Roe/Agency", "Photograph by Sam Lee", "Illustration by Kit Moss", "(Getty Images)",
        "(AP Photo/Dan Fox)", "Getty Images", "Read: Why the bridge closed", "Read more: The vote",
        "Related: Earlier coverage", "Leave a comment", "12 comments", "Advertisement",
        "Sign up for our daily newsletter", "Share this article"})
    void dropsBoilerplateParagraphs(String text) {
        assertTrue(BOILERPLATE.isBoilerplateParagraph(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Photographers crowded the steps of the court.", "Reading the results, the mayor smiled.",
        "Related talks will follow next week, officials said.", "Illustrations of the plan were shown.",
        "The advertisement campaign cost the council little.", "Comments from residents were mixed."})
    void keepsOrdinaryParagraphs(String text) {
        assertFalse(BOILERPLATE.isBoilerplateParagraph(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"share-tools", "related-stories", "newsletter_signup", "comments", "photo-credit",
        "promo box", "ad", "ad-slot top", "caption", "twitter-tweet"})
    void dropsElementsByClass(String className) {
        assertTrue(BOILERPLATE.isBoilerplateElement(new Element("div").attr("class", className)), className);
    }

    @ParameterizedTest
    @ValueSource(strings = {"story-body", "header-main", "shadow", "lead", "shareholders", "article-content"})
    void keepsElementsWithOrdinaryClasses(String className) {
        assertFalse(BOILERPLATE.isBoilerplateElement(new Element("div").attr("class", className)), className);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nav", "aside", "figure", "figcaption", "footer", "form", "script"})
    void dropsFurnitureTags(String tag) {
        assertTrue(BOILERPLATE.isBoilerplateElement(new Element(tag)), tag);
    }
}
