package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.extract.quotes.Gender;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerEntry;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.NerMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds every stretch of text that names a person, country, organisation or place: gazetteer names
 * and demonyms matched on the tokens (longest match first), then CoreNLP's NER mentions that the
 * gazetteer did not cover.
 */
final class MentionFinder {
    private static final Lexicon NOT_NAMES = Lexicon.load("not-names.txt");
    private static final Lexicon MISC_NON_ORGANISATION_HEADS = Lexicon.load("misc-non-organisation-heads.txt");
    private static final Lexicon NUMBER_WORDS = Lexicon.load("number-words.txt");
    private static final Pattern NUMERAL = Pattern.compile("\\d+|[IVX]+");
    private static final Lexicon HONORIFICS = Lexicon.load("honorifics.txt");
    private static final Lexicon NAME_PARTICLES = Lexicon.load("name-particles.txt");

    private final Gazetteer gazetteer;
    private final PartyStateTags partyStateTags;

    MentionFinder(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.partyStateTags = new PartyStateTags(gazetteer);
    }

    List<Candidate> find(AnnotatedDocument doc) {
        List<Candidate> out = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Candidate> inSentence = gazetteerMatches(doc, sentence);
            partyStateTags.find(doc, sentence, inSentence);
            addNerMentions(doc, sentence, inSentence);
            inSentence.sort(Comparator.comparing(Candidate::span));
            out.addAll(inSentence);
        }
        return out;
    }

    private List<Candidate> gazetteerMatches(AnnotatedDocument doc, Sentence sentence) {
        List<Candidate> out = new ArrayList<>();
        List<Token> tokens = doc.tokens();
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            Candidate match = longestMatchAt(doc, sentence, i);
            if (match == null) {
                i++;
            } else {
                out.add(match);
                i = match.endToken();
            }
        }
        return out;
    }

    private Candidate longestMatchAt(AnnotatedDocument doc, Sentence sentence, int start) {
        List<Token> tokens = doc.tokens();
        Token first = tokens.get(start);
        if (!startsName(first) || first.text().equals("The")) {
            return null; // "The International Atomic Energy Agency": the match starts after "The"
        }
        int maxEnd = Math.min(sentence.endToken(), start + gazetteer.maxNameTokens());
        for (int end = maxEnd; end > start; end--) {
            Token last = tokens.get(end - 1);
            if (!startsName(last) && !(last.text().length() > 1 && last.text().endsWith("."))
                    && !endsHyphenatedName(tokens, end)) {
                continue;
            }
            if (end < sentence.endToken() && continuesName(tokens.get(end), tokens.get(end - 1))) {
                // "Georgia" inside "Georgia Meloni": a match must not stop in the middle of a name.
                continue;
            }
            Span span = new Span(first.begin(), last.end());
            String surface = span.of(doc.text());
            Optional<GazetteerEntry> entry = choose(gazetteer.byName(surface), doc, start, end);
            if (entry.isPresent()) {
                return new Candidate(span, surface, entry.get().type(), entry.get(), false,
                        sentence.index(), start, end);
            }
            if (end - start <= 2) {
                Optional<GazetteerEntry> country = gazetteer.byDemonym(surface);
                if (country.isPresent() && !NOT_NAMES.contains(surface)) {
                    return new Candidate(span, surface, country.get().type(), country.get(), true,
                            sentence.index(), start, end);
                }
            }
        }
        return null;
    }

    /**
     * Among the entries sharing a name, the one to link. Strong entries (countries, major bodies,
     * recent leaders) are taken on their own; weak ones (cities, regions, legislators) only where
     * CoreNLP's NER also saw a name of a compatible type there.
     */
    private Optional<GazetteerEntry> choose(List<GazetteerEntry> entries, AnnotatedDocument doc, int start, int end) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        String ner = nerTypeCovering(doc, start, end);
        GazetteerEntry best = null;
        for (GazetteerEntry e : entries) {
            boolean compatible = compatible(e.type(), ner);
            if (!e.strong() && !compatible) {
                continue;
            }
            if ("PERSON".equals(ner) && e.type() != EntityType.PERSON && !e.strong()) {
                continue;
            }
            if (best == null || rank(e, ner) > rank(best, ner)) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int rank(GazetteerEntry e, String ner) {
        int score = e.strong() ? 4 : 0;
        if (compatible(e.type(), ner)) {
            score += 2;
        }
        if (e.id() != null) {
            score += 1;
        }
        return score;
    }

    static boolean compatible(EntityType type, String nerType) {
        if (nerType == null) {
            return false;
        }
        return switch (type) {
            case PERSON -> nerType.equals("PERSON");
            case COUNTRY, PLACE -> nerType.equals("LOCATION");
            case ORGANIZATION -> nerType.equals("ORGANIZATION") || nerType.equals("MISC")
                    || nerType.equals("LOCATION");
        };
    }

    /** The NER tag shared by every token of the range, or null when they differ or are O. */
    private static String nerTypeCovering(AnnotatedDocument doc, int start, int end) {
        String tag = doc.tokens().get(start).ner();
        for (int i = start + 1; i < end; i++) {
            if (!doc.tokens().get(i).ner().equals(tag)) {
                return null;
            }
        }
        return "O".equals(tag) ? null : tag;
    }

    private void addNerMentions(AnnotatedDocument doc, Sentence sentence, List<Candidate> out) {
        for (NerMention run : doc.nerMentions()) {
            if (run.sentence() == sentence.index()) {
                splitAtAPersonsPossessive(doc, run).forEach(m -> addNerMention(doc, m, out));
            }
        }
    }

    private void addNerMention(AnnotatedDocument doc, NerMention m, List<Candidate> out) {
        EntityType type = switch (m.type()) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.PLACE;
            case "MISC" -> EntityType.ORGANIZATION;
            default -> null;
        };
        if (type == null) {
            return;
        }
        Candidate person = type == EntityType.PERSON ? null : personAfterTitle(doc, m);
        Candidate c = person != null ? person : trim(doc, m, type);
        if (c == null || NOT_NAMES.contains(c.text())) {
            return;
        }
        if (person == null && "MISC".equals(m.type()) && !looksLikeOrganisationName(doc, c)) {
            return;
        }
        List<Candidate> overlapping = out.stream().filter(g -> g.span().overlaps(c.span())).toList();
        if (overlapping.isEmpty()) {
            out.add(c);
        } else if (namesAPlaceWithinTheName(doc, c, overlapping)) {
            out.removeAll(overlapping);
            out.add(c);
        }
    }

    /**
     * An organisation or place run that opens with a person's possessive is two names: "Karlsson's
     * Unity Party" is the person Karlsson and the Unity Party. The possessor must be a person the
     * gazetteer knows by that name, or a word the NER tagged as a person elsewhere in the article,
     * so that "People's Unity Party" and "Brandt's Bakery" (no person Brandt) stay whole.
     */
    private List<NerMention> splitAtAPersonsPossessive(AnnotatedDocument doc, NerMention m) {
        List<Token> tokens = doc.tokens();
        if (m.type().equals("PERSON")) {
            return List.of(m);
        }
        for (int i = m.firstToken() + 1; i < m.endToken() - 1; i++) {
            if (tokens.get(i).pos().equals("POS") && isPersonName(doc, m.firstToken(), i)) {
                return List.of(subRun(doc, m, m.firstToken(), i, "PERSON"), subRun(doc, m, i + 1, m.endToken(), m.type()));
            }
        }
        return List.of(m);
    }

    private boolean isPersonName(AnnotatedDocument doc, int start, int end) {
        List<Token> tokens = doc.tokens();
        String name = new Span(tokens.get(start).begin(), tokens.get(end - 1).end()).of(doc.text());
        String last = tokens.get(end - 1).text();
        return gazetteer.byName(name).stream().anyMatch(e -> e.type() == EntityType.PERSON)
                || tokens.stream().anyMatch(t -> t.text().equals(last) && "PERSON".equals(t.ner()));
    }

    private static NerMention subRun(AnnotatedDocument doc, NerMention m, int start, int end, String type) {
        Span span = new Span(doc.tokens().get(start).begin(), doc.tokens().get(end - 1).end());
        return new NerMention(span, span.of(doc.text()), type, m.normalized(), m.sentence(), start, end);
    }

    /**
     * Longest match wins where the gazetteer only knows a place inside a longer name: "the Gulf of
     * Ruritania", "Ruritanian Foreign Ministry", "Ruritania Daily News" are one organisation or place,
     * not the country Ruritania. It does not where a word is an honorific or a plural ("Ruritanian
     * Mr Karl", "Governments of Ruritania"), where two countries are paired ("Ruritania-Osterlich
     * talks"), or where the gazetteer found a person or organisation inside ("Ruritanian Senate").
     */
    private static boolean namesAPlaceWithinTheName(AnnotatedDocument doc, Candidate ner, List<Candidate> inside) {
        if (ner.type() == EntityType.PERSON || inside.stream().filter(g -> g.type() == EntityType.COUNTRY)
                .map(Candidate::entry).distinct().count() > 1) {
            return false;
        }
        for (Candidate g : inside) {
            boolean place = g.type() == EntityType.COUNTRY || g.type() == EntityType.PLACE;
            if (!place || g.tokenCount() >= ner.tokenCount()
                    || g.firstToken() < ner.firstToken() || g.endToken() > ner.endToken()) {
                return false;
            }
        }
        for (int i = ner.firstToken(); i < ner.endToken(); i++) {
            Token t = doc.tokens().get(i);
            if (HONORIFICS.contains(t.text()) || t.pos().equals("NNS") || t.pos().equals("NNPS")) {
                return false;
            }
        }
        return true;
    }

    /**
     * CoreNLP's MISC holds nationalities, events, laws and works as well as the odd organisation
     * ("Truth Social"); only a multi-word name with every word capitalised passes, unless its last
     * word makes it an event, agreement or law ("Paris Agreement").
     */
    private static boolean looksLikeOrganisationName(AnnotatedDocument doc, Candidate c) {
        if (c.tokenCount() < 2 || MISC_NON_ORGANISATION_HEADS.contains(doc.tokens().get(headOf(doc, c)).text())) {
            return false;
        }
        for (int i = c.firstToken(); i < c.endToken(); i++) {
            if (!doc.tokens().get(i).isCapitalized()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The token of a name's head: its last word, or the word before a closing number ("World War
     * Two", "World War II", "Expo 2030": war, war, expo).
     */
    private static int headOf(AnnotatedDocument doc, Candidate c) {
        int head = c.endToken() - 1;
        while (head > c.firstToken() && isNumber(doc.tokens().get(head).text())) {
            head--;
        }
        return head;
    }

    private static boolean isNumber(String word) {
        return NUMERAL.matcher(word).matches() || NUMBER_WORDS.contains(word);
    }

    /**
     * Drops a leading "the" or title-like lower-case word and a trailing possessive from an NER run;
     * a person's name also loses its leading titles and keeps a family name joined by a particle.
     */
    private Candidate trim(AnnotatedDocument doc, NerMention m, EntityType type) {
        List<Token> tokens = doc.tokens();
        int start = m.firstToken();
        int end = m.endToken();
        while (start < end && !startsName(tokens.get(start))) {
            start++;
        }
        while (end > start && !startsName(tokens.get(end - 1)) && !endsHyphenatedName(tokens, end)) {
            end--;
        }
        if (type == EntityType.PERSON) {
            start = afterLeadingTitles(tokens, start, end);
            // "von der Leyen": lower-case particles before the tagged surname belong to it.
            while (start > 0 && tokens.get(start - 1).sentence() == m.sentence()
                    && NAME_PARTICLES.contains(tokens.get(start - 1).text())
                    && Character.isLowerCase(tokens.get(start - 1).text().charAt(0))) {
                start--;
            }
            // "Vice Premier He Lifeng": a capitalised word between a title and the name (here a
            // family name that looks like a pronoun) belongs to the name; not where it ends the
            // title itself ("Attorney General Ana Ruiz").
            if (start >= 2 && start == m.firstToken() && tokens.get(start - 1).isCapitalized()
                    && tokens.get(start - 1).sentence() == m.sentence()
                    && "O".equals(tokens.get(start - 1).ner())
                    && gazetteer.isTitle(tokens.get(start - 2).text())
                    && !isTitleWord(tokens.get(start - 1).text())) {
                start--;
            }
            end = throughJoinedFamilyName(tokens, end, m.sentence());
        }
        if (start >= end) {
            return null;
        }
        Span span = new Span(tokens.get(start).begin(), tokens.get(end - 1).end());
        return new Candidate(span, span.of(doc.text()), type, null, false, m.sentence(), start, end);
    }

    /**
     * The person a place or organisation run of the NER really names, where it runs from a
     * nationality through a title into a name: "Ruritanian Crown Prince Karl Adler" tagged as one
     * LOCATION is the person Karl Adler (the nationality is found on its own). The name must open
     * with a first name CoreNLP knows. Null otherwise.
     */
    private Candidate personAfterTitle(AnnotatedDocument doc, NerMention m) {
        List<Token> tokens = doc.tokens();
        int start = m.firstToken();
        while (start < m.endToken() && isNationality(tokens.get(start).text())) {
            start++;
        }
        if (start == m.firstToken()) {
            return null;
        }
        int title = titleLengthAt(tokens, start, m.endToken() - 1);
        int nameStart = start + title;
        if (title == 0 || m.endToken() - nameStart > 3 || !Gender.isFirstName(tokens.get(nameStart).text())) {
            return null; // "Ruritanian Marine Corps": a title word ("marine") before a word that is no first name
        }
        for (int i = nameStart; i < m.endToken(); i++) {
            if (!startsName(tokens.get(i)) || !tokens.get(i).pos().startsWith("NNP")) {
                return null;
            }
        }
        int end = throughJoinedFamilyName(tokens, m.endToken(), m.sentence());
        Span span = new Span(tokens.get(nameStart).begin(), tokens.get(end - 1).end());
        return new Candidate(span, span.of(doc.text()), EntityType.PERSON, null, false, m.sentence(), nameStart, end);
    }

    /**
     * The first token of a person's name after the titles the NER run opens with: "President
     * Trump", "Mr Starmer", "Justices Ana Ruiz", and a nationality or country before a title,
     * "Ruritanian Crown Prince Karl" (the title may be several words). At least one token stays.
     */
    private int afterLeadingTitles(List<Token> tokens, int start, int end) {
        while (end - start > 1) {
            int title = titleLengthAt(tokens, start, end - 1);
            if (title > 0) {
                start += title;
            } else if (isNationality(tokens.get(start).text()) && titleLengthAt(tokens, start + 1, end - 1) > 0) {
                start++;
            } else {
                break;
            }
        }
        return start;
    }

    /** Tokens of the longest title (up to three words) from {@code start}, ending before {@code limit}; 0 if none. */
    private int titleLengthAt(List<Token> tokens, int start, int limit) {
        for (int n = Math.min(3, limit - start); n > 0; n--) {
            StringBuilder phrase = new StringBuilder(tokens.get(start).text());
            for (int i = start + 1; i < start + n; i++) {
                phrase.append(' ').append(tokens.get(i).text());
            }
            if (n == 1 ? isTitleWord(phrase.toString()) : gazetteer.isTitle(phrase.toString())) {
                return n;
            }
        }
        return 0;
    }

    /** A title, a courtesy title, or a title's plural ("Senators", "Justices"). */
    private boolean isTitleWord(String word) {
        return gazetteer.isTitle(word) || HONORIFICS.contains(word)
                || (word.length() > 3 && word.endsWith("s") && gazetteer.isTitle(word.substring(0, word.length() - 1)));
    }

    private boolean isNationality(String word) {
        return gazetteer.byDemonym(word).isPresent()
                || gazetteer.byName(word).stream().anyMatch(e -> e.type() == EntityType.COUNTRY);
    }

    /**
     * Extends a person's name through a lower-case particle to the family name the NER tagged on
     * its own: "Karl bin Anton", "Ana de Souza" are one name, not "Karl" and "bin Anton".
     */
    private static int throughJoinedFamilyName(List<Token> tokens, int end, int sentence) {
        int next = end;
        while (next < tokens.size() && NAME_PARTICLES.contains(tokens.get(next).text())
                && Character.isLowerCase(tokens.get(next).text().charAt(0))) {
            next++;
        }
        if (next == end || next >= tokens.size() || tokens.get(next).sentence() != sentence
                || !"PERSON".equals(tokens.get(next).ner()) || !startsName(tokens.get(next))) {
            return end;
        }
        while (next < tokens.size() && tokens.get(next).sentence() == sentence
                && "PERSON".equals(tokens.get(next).ner())) {
            next++;
        }
        return next;
    }

    /**
     * True when the tokens before {@code end} close a hyphenated word of a name, "Jae-in" in "Moon
     * Jae-in" or "Ki-moon": the tokeniser splits it into "Jae", "-", "in", and the lower-case tail
     * must not be trimmed as if it were a following word.
     */
    static boolean endsHyphenatedName(List<Token> tokens, int end) {
        if (end < 3) {
            return false;
        }
        Token tail = tokens.get(end - 1);
        Token hyphen = tokens.get(end - 2);
        Token head = tokens.get(end - 3);
        return hyphen.text().equals("-") && head.end() == hyphen.begin() && hyphen.end() == tail.begin()
                && startsName(head) && tail.text().chars().allMatch(Character::isLetter);
    }

    static boolean startsName(Token t) {
        String s = t.text();
        return !s.isEmpty() && (Character.isUpperCase(s.codePointAt(0))
                || (s.length() > 1 && s.charAt(0) == '@' && Character.isLetter(s.charAt(1))));
    }

    /** True when CoreNLP reads {@code next} as the same person's name as {@code previous}. */
    private static boolean continuesName(Token next, Token previous) {
        return startsName(next) && "PERSON".equals(next.ner()) && "PERSON".equals(previous.ner());
    }
}
