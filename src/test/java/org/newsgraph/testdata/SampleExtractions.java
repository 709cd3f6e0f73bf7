package org.newsgraph.testdata;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.newsgraph.model.Article;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Hand-built extractions over two short invented articles, so that rdf, store, export and query
 * tests run without CoreNLP. Offsets are computed from the text, never typed in.
 */
public final class SampleExtractions {
    public static final String CALL_ID = "a1b2c3d4e5f6";
    public static final String FOLLOW_UP_ID = "0f1e2d3c4b5a";

    public static final String HEADLINE = "Norway and Chile plan talks after a phone call";
    public static final String S1 = "Norwegian Foreign Minister Ola Berg spoke by telephone with Chilean President Ana Ruiz on Monday.";
    public static final String S2 = "The two agreed to meet in Geneva in June, Berg said.";
    public static final String S3 = "\"We have a lot of work ahead of us,\" Ruiz told reporters.";
    public static final String S4 = "Norway also threatened to impose sanctions on the shipping firm Arctic Freight.";
    public static final String QUOTE = "We have a lot of work ahead of us,";

    private SampleExtractions() {
    }

    /** A TDB2 store in {@code directory} holding the two sample articles, {@link #diplomaticCall()} and {@link #followUp()}. */
    public static TdbKnowledgeStore store(Path directory) {
        ExtractionMapper mapper = new ExtractionMapper();
        TdbKnowledgeStore store = TdbKnowledgeStore.open(directory);
        for (Extraction extraction : List.of(diplomaticCall(), followUp())) {
            store.replaceArticle(ExtractionMapper.graphName(extraction), mapper.map(extraction));
        }
        return store;
    }

    /** Published Thursday 2025-05-22, so "Monday" is 2025-05-19. */
    public static Extraction diplomaticCall() {
        Text t = new Text(HEADLINE, S1 + " " + S2 + "\n\n" + S3 + " " + S4, HEADLINE, S1, S2, S3, S4);
        Article article = new Article(CALL_ID, Path.of("corpus/call.txt"), HEADLINE, t.text, t.bodyStart,
                LocalDate.of(2025, 5, 22), "https://news.example.org/2025/05/22/norway-chile-call",
                "The Example Courier", "Kari Nordmann");
        List<Span> sentences = List.of(t.span(HEADLINE), t.span(S1), t.span(S2), t.span(S3), t.span(S4));

        Entity norway = new Entity("Q20", EntityType.COUNTRY, null, "Norway", Set.of("Norwegian"), "Q20",
                List.of(t.mention("Norway", 0), t.mention("Norwegian", 1), t.mention("Norway", 4)));
        Entity chile = new Entity("Q298", EntityType.COUNTRY, null, "Chile", Set.of("Chilean"), "Q298",
                List.of(t.mention("Chile", 0), t.mention("Chilean", 1)));
        Entity berg = new Entity("person/ola-berg", EntityType.PERSON, null, "Ola Berg", Set.of("Berg"), null,
                List.of(t.mention("Ola Berg", 1), t.mention("Berg", 2)));
        Entity ruiz = new Entity("person/ana-ruiz", EntityType.PERSON, null, "Ana Ruiz", Set.of("Ruiz"), null,
                List.of(t.mention("Ana Ruiz", 1), t.mention("Ruiz", 3)));
        // Invented coordinates, like the rest of the sample (the gazetteer gives real ones).
        Entity geneva = new Entity("Q71", EntityType.PLACE, "City", "Geneva", Set.of(), "Q71",
                List.of(t.mention("Geneva", 2)), new Coordinates(12.5, -7.25));
        Entity freight = new Entity("organization/arctic-freight", EntityType.ORGANIZATION, "Corporation",
                "Arctic Freight", Set.of(), null, List.of(t.mention("Arctic Freight", 4)));

        List<Role> roles = List.of(
                new Role("person/ola-berg", "Foreign Minister", "Q20", true, t.span("Norwegian Foreign Minister Ola Berg")),
                new Role("person/ana-ruiz", "President", "Q298", true, t.span("Chilean President Ana Ruiz")));

        List<Event> events = List.of(
                // "PhoneCall" is not an ontology class: the mapper must fall back to the class of code 041.
                new Event("PhoneCall", "041", "Berg-Ruiz phone call", List.of("person/ola-berg", "person/ana-ruiz"),
                        "person/ola-berg", "person/ana-ruiz", null, "2025-05-19", EventStatus.OCCURRED,
                        List.of(t.span(S1))),
                new Event("MeetAtThirdLocation", "044", "Geneva meeting", List.of("person/ola-berg", "person/ana-ruiz"),
                        null, null, "Q71", "2025-06", EventStatus.PLANNED, List.of(t.span(S2))),
                new Event("ThreatenWithSanctions", "1312", "sanctions threat against Arctic Freight",
                        List.of("Q20"), "Q20", "organization/arctic-freight", null, null, EventStatus.THREATENED,
                        List.of(t.span(S4))));

        Span told = t.span("Ruiz told reporters");
        List<Quote> quotes = List.of(new Quote(QUOTE, t.span(QUOTE), "person/ana-ruiz", t.span(S3),
                new Span(told.begin(), told.begin() + "Ruiz".length()),
                new Span(told.begin() + "Ruiz ".length(), told.begin() + "Ruiz told".length()), false));
        return new Extraction(article, sentences, List.of(norway, chile, berg, ruiz, geneva, freight), roles, events, quotes);
    }

    public static final String FOLLOW_UP_HEADLINE = "Oslo confirms Monday call";
    public static final String F1 = "The Norwegian ministry confirmed that Ola Berg called Ana Ruiz on Monday.";

    /** A second article about the same call: same entities and the same event node as {@link #diplomaticCall()}. */
    public static Extraction followUp() {
        Text t = new Text(FOLLOW_UP_HEADLINE, F1, FOLLOW_UP_HEADLINE, F1);
        Article article = new Article(FOLLOW_UP_ID, Path.of("corpus/follow-up.txt"), FOLLOW_UP_HEADLINE, t.text,
                t.bodyStart, LocalDate.of(2025, 5, 23), null, "The Example Courier", null);
        List<Span> sentences = List.of(t.span(FOLLOW_UP_HEADLINE), t.span(F1));
        Entity norway = new Entity("Q20", EntityType.COUNTRY, null, "Norway", Set.of("Norwegian"), "Q20",
                List.of(t.mention("Norwegian", 1)));
        Entity oslo = new Entity("Q585", EntityType.PLACE, "City", "Oslo", Set.of(), "Q585",
                List.of(t.mention("Oslo", 0)));
        Entity berg = new Entity("person/ola-berg", EntityType.PERSON, null, "Ola Berg", Set.of(), null,
                List.of(t.mention("Ola Berg", 1)));
        Entity ruiz = new Entity("person/ana-ruiz", EntityType.PERSON, null, "Ana Ruiz", Set.of(), null,
                List.of(t.mention("Ana Ruiz", 1)));
        List<Event> events = List.of(new Event("DiscussByTelephone", "041", "Berg-Ruiz phone call",
                List.of("person/ana-ruiz", "person/ola-berg"), "person/ola-berg", "person/ana-ruiz", null,
                "2025-05-19", EventStatus.OCCURRED, List.of(t.span(F1))));
        return new Extraction(article, sentences, List.of(norway, oslo, berg, ruiz), List.of(), events, List.of());
    }

    /** Article text built the way {@link Article} describes it: headline, blank line, body. */
    private static final class Text {
        final String text;
        final int bodyStart;
        final String[] sentences;

        Text(String headline, String body, String... sentences) {
            this.sentences = sentences;
            this.text = headline + "\n\n" + body;
            this.bodyStart = headline.length() + 2;
        }

        Span span(String words) {
            int begin = text.indexOf(words);
            if (begin < 0) {
                throw new IllegalArgumentException("not in the text: " + words);
            }
            return new Span(begin, begin + words.length());
        }

        /** The first occurrence of {@code words} in sentence number {@code sentence} of {@code sentences}. */
        Mention mention(String words, int sentence) {
            Span within = span(sentences[sentence]);
            int begin = text.indexOf(words, within.begin());
            if (begin < 0 || begin + words.length() > within.end()) {
                throw new IllegalArgumentException("not in sentence " + sentence + ": " + words);
            }
            return new Mention(new Span(begin, begin + words.length()), words, sentence);
        }
    }
}
