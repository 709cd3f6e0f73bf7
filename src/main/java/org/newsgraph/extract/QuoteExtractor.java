package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Direct quotations and their speakers. A speaker is found, in this order: after the quote
 * ("..., X said" / "..., said X"); before it ("X said: ...", "X told reporters that ...", "according
 * to X"), taking the subject of the speech verb past any appositive; else the speaker of the
 * previous quotation in the paragraph, or of a quote-led paragraph's predecessor. Pronouns and role
 * descriptions ("the president") are resolved to the person they stand for.
 */
final class QuoteExtractor {
    private static final Lexicon SPEECH_VERBS = Lexicon.load("speech-verbs.txt");
    private static final Lexicon PRONOUNS = Lexicon.load("speaker-pronouns.txt");
    private static final Lexicon STATEMENT_NOUNS = Lexicon.load("statement-nouns.txt");
    private static final int MIN_WORDS = 3;
    private static final int AFTER_WINDOW = 6;

    private final Gazetteer gazetteer;
    private final RoleNouns roleNouns;

    QuoteExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.roleNouns = new RoleNouns(gazetteer);
    }

    List<Quote> extract(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles) {
        List<QuoteSpans.Quoted> quoted = QuoteSpans.find(doc.text());
        Context ctx = new Context(doc, mentions, roles, quoted);
        List<Quote> out = new ArrayList<>();
        String previousSpeaker = null;
        int previousParagraph = -1;
        for (QuoteSpans.Quoted q : quoted) {
            int paragraph = paragraphOf(doc.text(), q.marks().begin());
            String speaker = after(ctx, q);
            if (speaker == null) {
                speaker = before(ctx, q);
            }
            boolean continues = paragraph == previousParagraph
                    || paragraph == previousParagraph + 1 && startsParagraph(doc.text(), q.marks().begin());
            if (speaker == null && continues) {
                speaker = previousSpeaker;
            }
            if (speaker != null) {
                previousSpeaker = speaker;
                previousParagraph = paragraph;
            }
            if (wordCount(q.inner().of(doc.text())) >= MIN_WORDS) {
                out.add(new Quote(q.inner().of(doc.text()), q.inner(), speaker, evidence(doc, q)));
            }
        }
        return out;
    }

    /**
     * "..., X said", "..., said X", "..., the statement said", and an attribution later in the
     * same sentence ("... a “huge upside” for both sides, the White House said").
     */
    private String after(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        int first = firstTokenAtOrAfter(tokens, q.marks().end());
        Sentence sentence = sentenceOfOffset(ctx.doc, q.inner().end() - 1);
        int end = sentence == null ? tokens.size() : sentence.endToken();
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t)) {
                return null;
            }
            if (!isSpeechVerb(t)) {
                continue;
            }
            // "X told Reuters": the name before the verb speaks; "said X": the one after it.
            Speaker subject = i > first ? subjectBefore(ctx, i, first, q.marks().begin()) : null;
            if (subject != null) {
                return subject.key;
            }
            Speaker s = speakerAt(ctx, i + 1, q.marks().begin());
            return s == null ? null : s.key;
        }
        return null;
    }

    /** "X said: ...", "X told reporters that ...", "according to X, ..." in the quote's sentence. */
    private String before(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = sentenceOfOffset(ctx.doc, q.marks().begin());
        if (sentence == null) {
            return null;
        }
        int open = firstTokenAtOrAfter(tokens, q.marks().begin());
        int verb = -1;
        for (int i = open - 1; i >= sentence.firstToken(); i--) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t)) {
                break;
            }
            if (t.text().equalsIgnoreCase("according") && i + 1 < open && tokens.get(i + 1).text().equals("to")) {
                Speaker s = speakerAt(ctx, i + 2, q.marks().begin());
                return s == null ? null : s.key;
            }
            if (isSpeechVerb(t)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        Speaker s = subjectBefore(ctx, verb, sentence.firstToken(), q.marks().begin());
        return s == null ? null : s.key;
    }

    /** The subject of the verb at {@code verb}: the name just before it, past appositives and adverbs. */
    private Speaker subjectBefore(Context ctx, int verb, int sentenceStart, int quoteBegin) {
        List<Token> tokens = ctx.doc.tokens();
        // "X, who ... , described ..." / "X, D-N.H., the top Democrat ..., accused ...": a name
        // closed off by commas up to the verb is its subject, however much the commas enclose.
        for (EntityMentions.Located m : ctx.mentions.all()) {
            if (m.firstToken() >= sentenceStart && m.endToken() < verb - 1 && !m.demonym()
                    && m.type() != EntityType.PLACE && tokens.get(m.endToken()).text().equals(",")
                    && tokens.get(verb - 1).text().equals(",") && !ctx.insideQuote(tokens.get(m.firstToken()))) {
                return new Speaker(m.key(), m.endToken());
            }
            if (m.firstToken() >= verb) {
                break;
            }
        }
        int j = verb - 1;
        while (j >= sentenceStart) {
            Token t = tokens.get(j);
            if (isAdverb(t) || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("be")) {
                j--;
            } else if (t.text().equals(",")) {
                // ", D-N.H., the top Democrat on the committee," — skip back over the appositive.
                int k = j - 1;
                while (k >= sentenceStart && !tokens.get(k).text().equals(",")) {
                    k--;
                }
                if (k < sentenceStart) {
                    break;
                }
                j = k - 1;
            } else {
                break;
            }
        }
        for (int start = j; start >= Math.max(sentenceStart, j - 5); start--) {
            Speaker s = speakerAt(ctx, start, quoteBegin);
            if (s != null && s.endToken == j + 1) {
                return s;
            }
        }
        // No clean subject: the nearest person named before the verb in the same sentence.
        for (int k = verb - 1; k >= sentenceStart; k--) {
            EntityMentions.Located m = ctx.mentions.startingAt(k);
            if (m != null && m.type() == EntityType.PERSON && !ctx.insideQuote(tokens.get(k))) {
                return new Speaker(m.key(), m.endToken());
            }
        }
        return null;
    }

    private record Speaker(String key, int endToken) {
    }

    /** Who the words starting at {@code token} name: an entity, a pronoun, a role or a statement. */
    private Speaker speakerAt(Context ctx, int token, int quoteBegin) {
        List<Token> tokens = ctx.doc.tokens();
        if (token < 0 || token >= tokens.size() || ctx.insideQuote(tokens.get(token))) {
            return null;
        }
        int i = token;
        if (tokens.get(i).text().equalsIgnoreCase("the") && ctx.mentions.startingAt(i + 1) != null) {
            i++; // "the White House said"
        }
        // "Secretary Holt said", "Sen. Doe said": titles before a name are skipped.
        while (i < tokens.size() - 1 && ctx.mentions.startingAt(i) == null
                && gazetteer.isTitle(tokens.get(i).text().replace(".", ""))) {
            i++;
        }
        EntityMentions.Located m = ctx.mentions.startingAt(i);
        if (m != null && (m.demonym() || m.type() == EntityType.COUNTRY)) {
            // "the Russian Foreign Ministry said", "Russia's foreign minister said": the nationality
            // qualifies the speaker named next.
            int next = m.endToken() < tokens.size() && tokens.get(m.endToken()).text().matches("['’]s")
                    ? m.endToken() + 1 : m.endToken();
            EntityMentions.Located qualified = ctx.mentions.startingAt(next);
            if (qualified != null && (qualified.type() == EntityType.PERSON
                    || qualified.type() == EntityType.ORGANIZATION)) {
                m = qualified;
            }
        }
        if (m != null && !m.demonym() && m.type() != EntityType.PLACE) {
            return new Speaker(m.key(), m.endToken());
        }
        Token t = tokens.get(token);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word)) {
            String person = pronounAntecedent(ctx, t.begin());
            return person == null ? null : new Speaker(person, token + 1);
        }
        if (word.equals("the") || word.equals("a") || word.equals("in")) {
            RoleNouns.Resolved r = roleNouns.resolveAt(ctx.doc, ctx.mentions, ctx.roles, token);
            if (r != null) {
                return new Speaker(r.personKey(), r.endToken());
            }
            // "the statement said", "a ministry spokesman said": the institution last named speaks.
            for (int k = token + 1; k <= token + 2 && k < tokens.size(); k++) {
                if (STATEMENT_NOUNS.contains(tokens.get(k).text())) {
                    String org = previousOrganisation(ctx, t.begin());
                    return org == null ? null : new Speaker(org, k + 1);
                }
            }
        }
        return null;
    }

    /**
     * The person a speaker pronoun stands for: the subject (first person named) of the nearest
     * sentence before it that names a person outside quotation marks. Taking the subject rather than
     * the last name skips objects ("X accused Y of ... she said" is X).
     */
    private static String pronounAntecedent(Context ctx, int before) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence own = ctx.doc.sentenceAt(before);
        int sentence = own == null ? ctx.doc.sentences().size() - 1 : own.index();
        for (int s = sentence; s >= 0; s--) {
            for (EntityMentions.Located m : ctx.mentions.inSentence(s)) {
                if (m.type() == EntityType.PERSON && m.span().begin() < before
                        && !ctx.insideQuote(tokens.get(m.firstToken()))) {
                    return m.key();
                }
            }
        }
        return null;
    }

    /** The organisation (or country) last named outside quotes, author of "the statement". */
    private static String previousOrganisation(Context ctx, int before) {
        String org = previousOf(ctx, before, EntityType.ORGANIZATION);
        return org != null ? org : previousOf(ctx, before, EntityType.COUNTRY);
    }

    private static String previousOf(Context ctx, int before, EntityType type) {
        List<EntityMentions.Located> all = ctx.mentions.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            EntityMentions.Located m = all.get(k);
            if (m.span().begin() < before && m.type() == type && !m.demonym()
                    && !ctx.insideQuote(ctx.doc.tokens().get(m.firstToken()))) {
                return m.key();
            }
        }
        return null;
    }

    private static boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VB") && SPEECH_VERBS.contains(t.lemma());
    }

    private static boolean isAdverb(Token t) {
        return t.pos().startsWith("RB");
    }

    private static boolean isPunctuation(Token t) {
        return !t.text().isEmpty() && !Character.isLetterOrDigit(t.text().codePointAt(0));
    }

    private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static Sentence sentenceOfOffset(AnnotatedDocument doc, int offset) {
        Sentence s = doc.sentenceAt(offset);
        if (s == null) {
            for (Sentence candidate : doc.sentences()) {
                if (candidate.span().begin() >= offset) {
                    return candidate;
                }
            }
        }
        return s;
    }

    private static Span evidence(AnnotatedDocument doc, QuoteSpans.Quoted q) {
        int begin = q.marks().begin();
        int end = q.marks().end();
        for (Sentence s : doc.sentences()) {
            if (s.span().overlaps(q.marks())) {
                begin = Math.min(begin, s.span().begin());
                end = Math.max(end, s.span().end());
            }
        }
        return new Span(begin, end);
    }

    private static int paragraphOf(String text, int offset) {
        int count = 0;
        int i = text.indexOf("\n\n");
        while (i >= 0 && i < offset) {
            count++;
            i = text.indexOf("\n\n", i + 2);
        }
        return count;
    }

    private static boolean startsParagraph(String text, int offset) {
        return offset == 0 || text.startsWith("\n\n", Math.max(0, offset - 2));
    }

    private static int wordCount(String s) {
        String trimmed = s.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Per-article lookups shared by the attribution steps. */
    private static final class Context {
        final AnnotatedDocument doc;
        final EntityMentions mentions;
        final List<Role> roles;
        final List<QuoteSpans.Quoted> quoted;

        Context(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles, List<QuoteSpans.Quoted> quoted) {
            this.doc = doc;
            this.mentions = mentions;
            this.roles = roles;
            this.quoted = quoted;
        }

        boolean insideQuote(Token t) {
            for (QuoteSpans.Quoted q : quoted) {
                if (q.inner().begin() <= t.begin() && t.end() <= q.inner().end()) {
                    return true;
                }
            }
            return false;
        }
    }
}
