package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;

/** Scores one article's graph against its gold answer key, by the rules of the corpus README. */
public final class Scorer {

    public DocumentScore score(Gold gold, Model extracted) {
        ExtractedView view = new ExtractedView(extracted);
        Map<String, Set<String>> goldNames = goldNames(gold);

        // Entities: an extracted entity matches a gold entity when any of their names agree.
        List<String> missedEntities = new ArrayList<>();
        int found = 0;
        for (Gold.GoldEntity g : gold.entities()) {
            Set<String> names = goldNames.get(g.name());
            boolean hit = view.entityNames.keySet().stream().anyMatch(iri -> overlaps(view.normalizedNames(iri), names));
            if (hit) {
                found++;
            } else {
                missedEntities.add(g.name() + " (" + g.type() + ")");
            }
        }
        List<String> falseEntities = new ArrayList<>();
        int right = 0;
        for (String iri : view.entityNames.keySet()) {
            Set<String> names = view.normalizedNames(iri);
            if (goldNames.values().stream().anyMatch(gn -> overlaps(names, gn))) {
                right++;
            } else {
                falseEntities.add(String.join(" / ", view.entityNames.get(iri)));
            }
        }
        Counts entities = new Counts(found, gold.entities().size(), right, view.entityNames.size());

        // Events: same CAMEO root, enough gold actors among the actors, same month when both dated;
        // counted one-to-one through a maximum matching.
        List<ExtractedView.ExtractedEvent> extractedEvents = view.events;
        boolean[][] allowed = new boolean[gold.events().size()][extractedEvents.size()];
        for (int g = 0; g < allowed.length; g++) {
            for (int e = 0; e < extractedEvents.size(); e++) {
                allowed[g][e] = eventMatches(gold.events().get(g), extractedEvents.get(e), view, goldNames);
            }
        }
        BipartiteMatching matching = new BipartiteMatching(allowed, extractedEvents.size());
        List<String> missedEvents = new ArrayList<>();
        Map<String, Counts> byRoot = new TreeMap<>();
        int eventsFound = 0;
        for (int g = 0; g < allowed.length; g++) {
            Gold.GoldEvent ge = gold.events().get(g);
            boolean hit = matching.extractedOf(g) >= 0;
            eventsFound += hit ? 1 : 0;
            byRoot.merge(root(ge.cameo()), new Counts(hit ? 1 : 0, 1, 0, 0), Counts::plus);
            if (!hit) {
                missedEvents.add(ge.cameo() + " " + ge.label());
            }
        }
        List<String> falseEvents = new ArrayList<>();
        int eventsRight = 0;
        for (int e = 0; e < extractedEvents.size(); e++) {
            ExtractedView.ExtractedEvent ev = extractedEvents.get(e);
            boolean hit = matching.goldOf(e) >= 0;
            eventsRight += hit ? 1 : 0;
            byRoot.merge(root(ev.cameo()), new Counts(0, 0, hit ? 1 : 0, 1), Counts::plus);
            if (!hit) {
                falseEvents.add(ev.cameo() + " " + ev.label());
            }
        }
        Counts events = new Counts(eventsFound, gold.events().size(), eventsRight, view.events.size());

        // Quotes: found when an extracted text contains the first five words of the gold start.
        List<String> missedQuotes = new ArrayList<>();
        List<String> wrongSpeakers = new ArrayList<>();
        int quotesFound = 0;
        int speakersRight = 0;
        Set<ExtractedView.ExtractedQuote> matchedQuotes = new LinkedHashSet<>();
        for (Gold.GoldQuote g : gold.quotes()) {
            String start = firstWords(EvalNames.quoteText(g.text_start()), 5);
            // Several quotations may contain the same five words; one that begins with them is the one meant.
            ExtractedView.ExtractedQuote hit = view.quotes.stream()
                    .filter(q -> EvalNames.quoteText(q.text()).contains(start))
                    .min(java.util.Comparator.comparing(q -> !EvalNames.quoteText(q.text()).startsWith(start)))
                    .orElse(null);
            if (hit == null) {
                missedQuotes.add(g.speaker() + ": " + g.text_start());
                continue;
            }
            quotesFound++;
            matchedQuotes.add(hit);
            Set<String> speaker = goldNames.getOrDefault(g.speaker(), Set.of(EvalNames.normalize(g.speaker())));
            if (hit.creator() != null && overlaps(view.normalizedNames(hit.creator()), speaker)) {
                speakersRight++;
            } else {
                wrongSpeakers.add(g.speaker() + " <- " + (hit.creator() == null ? "nobody"
                        : String.join(" / ", view.entityNames.getOrDefault(hit.creator(), Set.of(hit.creator()))))
                        + ": " + g.text_start());
            }
        }
        Counts quotes = new Counts(quotesFound, gold.quotes().size(), matchedQuotes.size(), view.quotes.size());
        return new DocumentScore(gold.doc(), entities, events, byRoot, quotes, speakersRight, missedEntities,
                falseEntities, missedEvents, falseEvents, missedQuotes, wrongSpeakers);
    }

    private static boolean eventMatches(Gold.GoldEvent g, ExtractedView.ExtractedEvent e, ExtractedView view,
                                        Map<String, Set<String>> goldNames) {
        if (g.cameo() == null || e.cameo() == null || g.cameo().length() < 2 || e.cameo().length() < 2
                || !g.cameo().substring(0, 2).equals(e.cameo().substring(0, 2))) {
            return false;
        }
        int needed = Math.min(2, g.actors().size());
        int agreeing = 0;
        for (String actor : g.actors()) {
            Set<String> names = goldNames.getOrDefault(actor, Set.of(EvalNames.normalize(actor)));
            if (e.actors().stream().anyMatch(a -> overlaps(view.normalizedNames(a), names))) {
                agreeing++;
            }
        }
        if (agreeing < needed) {
            return false;
        }
        if (g.date() != null && e.date() != null && g.date().length() >= 7 && e.date().length() >= 7) {
            return g.date().substring(0, 7).equals(e.date().substring(0, 7));
        }
        return true;
    }

    /** The CAMEO root (first two digits), or "??" for a missing or malformed code. */
    private static String root(String cameo) {
        return cameo == null || cameo.length() < 2 ? "??" : cameo.substring(0, 2);
    }

    private static Map<String, Set<String>> goldNames(Gold gold) {
        Map<String, Set<String>> out = new HashMap<>();
        for (Gold.GoldEntity g : gold.entities()) {
            Set<String> names = new LinkedHashSet<>();
            names.add(EvalNames.normalize(g.name()));
            g.aliases().forEach(a -> names.add(EvalNames.normalize(a)));
            out.put(g.name(), names);
        }
        return out;
    }

    private static boolean overlaps(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (!x.isEmpty() && b.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static String firstWords(String text, int n) {
        String[] words = text.split(" ");
        return String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(n, words.length)));
    }
}
