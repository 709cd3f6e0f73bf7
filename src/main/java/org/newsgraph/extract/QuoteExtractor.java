package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.extract.quotes.Attribution;
import org.newsgraph.extract.quotes.Gender;
import org.newsgraph.extract.quotes.SpeakerCoreference;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Direct quotations and their attributions (source, cue, content). The cue is looked for after the
 * quote ("..., X said" / "..., said X") and then before it ("X said: ...", "X called it '...'",
 * "according to X"); its source is the subject of the cue verb past adverbs and appositives, or the
 * words after it. A quote with no cue of its own continues the previous attribution of its
 * paragraph, or of a quote-led paragraph's predecessor. The source words are kept as written (a
 * name, a pronoun, a description) and resolved to an entity: pronouns and descriptions through
 * {@link SpeakerCoreference}, titles ("the president") through {@link RoleNouns}.
 */
final class QuoteExtractor {
    private static final Lexicon SPEECH_VERBS = Lexicon.load("speech-verbs.txt");
    private static final Lexicon MORE_CUE_VERBS = Lexicon.load("quote-cue-verbs.txt");
    private static final Lexicon PRONOUNS = Lexicon.load("speaker-pronouns.txt");
    private static final Map<String, String> DESCRIPTIONS = descriptions();
    private static final Lexicon HONORIFICS = Lexicon.load("honorifics.txt");
    private static final Set<String> TITLE_ABBREVIATIONS = Lexicon.lines("title-abbreviations.txt").stream()
            .map(line -> line.split("\t")[0].toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    private static final List<String> INDEFINITE = List.of("a", "an", "one", "two", "three", "some", "several",
            "another", "many", "other", "senior", "top");
    private static final int MIN_WORDS = 3;
    /** The most words a source before its cue runs to ("Former Ruritanian Foreign Minister Ana Ruiz"). */
    private static final int MAX_SOURCE_TOKENS = 8;

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
        Attribution previous = null;
        int previousParagraph = -1;
        for (QuoteSpans.Quoted q : quoted) {
            int paragraph = paragraphOf(doc.text(), q.marks().begin());
            // "Ruiz said Holt “was wrong,” adding ...": the cue governing a quote inside its sentence
            // speaks before any cue after it, whose subject the parser may take from the quote.
            Attribution a = transcriptLabel(ctx, q);
            if (a == null) {
                a = governingCueBefore(ctx, q);
            }
            if (a == null) {
                a = after(ctx, q);
            }
            if (a == null) {
                a = before(ctx, q);
            }
            if (a == null) {
                a = governingClause(ctx, q);
            }
            if (a == null && startsParagraph(doc.text(), q.marks().begin())) {
                a = colonIntroduction(ctx, q);
            }
            if (a == null) {
                a = cueSentenceBefore(ctx, q);
            }
            if (a == null) {
                a = reportedSpeechBefore(ctx, q);
            }
            boolean continues = paragraph == previousParagraph
                    || paragraph == previousParagraph + 1 && startsParagraph(doc.text(), q.marks().begin());
            if (a == null && continues) {
                a = previous;
            }
            if (a != null) {
                previous = a;
                previousParagraph = paragraph;
            }
            if (wordCount(q.inner().of(doc.text())) >= MIN_WORDS) {
                out.add(a == null ? new Quote(q.inner().of(doc.text()), q.inner(), null, evidence(doc, q))
                        : new Quote(q.inner().of(doc.text()), q.inner(), a.key(), evidence(doc, q), a.mention(),
                                a.cue(), a.anonymous()));
            }
        }
        return out;
    }

    /**
     * "..., X said", "..., said X", "..., the statement said", and an attribution later in the
     * same sentence ("... a “huge upside” for both sides, the White House said").
     */
    private Attribution after(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        int first = firstTokenAtOrAfter(tokens, q.marks().end());
        Sentence sentence = sentenceOfOffset(ctx.doc, q.inner().end() - 1);
        int end = sentence == null ? tokens.size() : sentence.endToken();
        if (first >= end && first < tokens.size()) {
            if (endsInQuestionOrExclamation(ctx.doc.text(), q)) {
                return cueOpeningNextSentence(ctx, first, false);
            }
            // "“We will win.” Ruiz said on Monday.": a full stop ends the quote's sentence, and the next
            // one is its cue only when it says nothing else ("Ruiz said the vote was close" does).
            boolean sameParagraph = paragraphOf(ctx.doc.text(), tokens.get(first).begin())
                    == paragraphOf(ctx.doc.text(), q.marks().begin());
            return sameParagraph ? cueOpeningNextSentence(ctx, first, true) : null;
        }
        for (int i = first; i < end; i++) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t)) {
                return null;
            }
            if (isAccordingTo(tokens, i)) {
                return attribution(ctx, postPosed(ctx, i + 2), cue(tokens, i, i + 2));
            }
            if (!isSpeechVerb(tokens, i) || inRelativeClause(tokens, i, first)) {
                continue;
            }
            // "X told Reuters": the name before the verb speaks; "said X": the one after it.
            Source subject = i > first ? subjectOfCue(ctx, i, first) : parsedSubject(ctx, i);
            if ((subject == null || subject.key == null) && !hasWords(tokens, first, i)) {
                Source after = postPosed(ctx, skipAdverbs(tokens, i + 1, end));
                subject = after != null && (after.key != null || subject == null) ? after : subject;
            }
            return attribution(ctx, subject, cue(tokens, i, i + 1));
        }
        return null;
    }

    /**
     * A quoted transcript that names its speaker in capitals: “HOLT: We have no more to add.” The
     * label is the family name of a person named before (or a name the entity stage found).
     */
    private Attribution transcriptLabel(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        int first = firstTokenAtOrAfter(tokens, q.inner().begin());
        int colon = first;
        while (colon < tokens.size() && colon - first < 3 && isAllCapitals(tokens.get(colon).text())
                && tokens.get(colon).end() <= q.inner().end()) {
            colon++;
        }
        if (colon == first || colon >= tokens.size() || !tokens.get(colon).text().equals(":")) {
            return null;
        }
        Source label = sourceIn(ctx, first, colon);
        return label != null && label.key != null ? attribution(ctx, label, cue(tokens, colon, colon + 1)) : null;
    }

    /**
     * The speech verb before a quote in its sentence that governs the quote in the parse ("Ruiz
     * said Holt “had lied,” adding ..."), with its subject. None when the quote opens its sentence,
     * when a higher speech verb after the quote governs it too ("They agreed “zero tariffs,” Ruiz
     * said"), or when the quote sits in a clause conjoined to the cue ("Ruiz spoke and “...”").
     */
    private Attribution governingCueBefore(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = sentenceOfOffset(ctx.doc, q.marks().begin());
        int open = firstTokenAtOrAfter(tokens, q.marks().begin());
        if (sentence == null || open <= sentence.firstToken() || open + 1 >= sentence.endToken()) {
            return null;
        }
        DependencyGraph graph = ctx.doc.dependencies(sentence);
        int highest = -1;
        List<Integer> seen = new ArrayList<>();
        int node = open + 1;
        while (node >= 0 && seen.size() < 30 && !seen.contains(node)) {
            seen.add(node);
            if (!ctx.insideQuote(tokens.get(node)) && isSpeechVerb(tokens, node)) {
                highest = node;
            }
            List<Dependency> up = graph.governors(node);
            node = up.isEmpty() || up.get(0).is("conj") || up.get(0).is("parataxis") ? -1 : up.get(0).governor();
        }
        if (highest < 0 || highest > open) {
            return null;
        }
        for (int k = highest + 1; k < open; k++) {
            if (ctx.insideQuote(tokens.get(k))) {
                return null; // "X said “...”, while Y hailed “...”": the second quote is Y's
            }
        }
        Source subject = subjectOfCue(ctx, highest, sentence.firstToken());
        // "They agreed “...”, Ruiz said": a cue before whose subject names nobody leaves it to one after.
        return subject == null || subject.key == null ? null
                : attribution(ctx, subject, cue(tokens, highest, highest + 1));
    }

    /**
     * A quote ending in a question or exclamation mark closes its sentence for the parser, so the
     * cue opens the next one: "“Why wait?” Ruiz asked." or "“Not now!” said Ruiz, smiling." Only a
     * short source and its speech verb before any other verb count, so "“Why wait?” Ruiz later
     * voted for the plan" is no cue. With {@code bareCueOnly} the sentence must also say nothing
     * after its speech verb (no verb, no quote), as after a full stop.
     */
    private Attribution cueOpeningNextSentence(Context ctx, int first, boolean bareCueOnly) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence next = ctx.doc.sentences().get(tokens.get(first).sentence());
        if (next.firstToken() != first) {
            return null;
        }
        int end = next.endToken();
        for (int i = first; i < Math.min(end, first + MAX_SOURCE_TOKENS); i++) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t) || t.text().equals(",")) {
                return null;
            }
            if (isSpeechVerb(tokens, i)) {
                if (bareCueOnly && !saysNothingAfter(ctx, i)) {
                    return null;
                }
                Source subject = i > first ? subjectOfCue(ctx, i, first) : postPosed(ctx, skipAdverbs(tokens, i + 1, end));
                return attribution(ctx, subject, cue(tokens, i, i + 1));
            }
            if (t.pos().startsWith("VB") && !t.pos().equals("VBN")) {
                return null;
            }
        }
        return null;
    }

    /** Whether the words after the verb at {@code verb} to the end of its sentence hold no verb and no quote. */
    private static boolean saysNothingAfter(Context ctx, int verb) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = ctx.doc.sentences().get(tokens.get(verb).sentence());
        for (int i = verb + 1; i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t) || t.pos().startsWith("VB") || t.pos().equals("MD")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A quote opening its sentence right after a sentence that ends in a bare cue: "Ruiz said in a
     * statement. “We will appeal.”" or "Ruiz tweeted a warning. “Do not vote for it.”" The cue
     * sentence holds no quote of its own and nothing after its speech verb that it says itself.
     */
    private Attribution cueSentenceBefore(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence before = quotelessSentenceBefore(ctx, q, false);
        if (before == null) {
            return null;
        }
        for (int i = before.endToken() - 1; i >= before.firstToken(); i--) {
            if (isSpeechVerb(tokens, i)) {
                if (!saysNothingAfter(ctx, i)) {
                    return null;
                }
                Source s = subjectOfCue(ctx, i, before.firstToken());
                return s != null && s.key != null ? attribution(ctx, s, cue(tokens, i, i + 1)) : null;
            }
        }
        return null;
    }

    /**
     * A quote with no cue of its own opening its sentence right after a sentence of reported speech
     * in the same paragraph: "Ruiz argued that the plan would fail. “It is a disaster for farmers.”"
     * News writing quotes the person it has just paraphrased; the speech verb of the sentence before
     * (not one in a relative clause) gives the source when it names someone.
     */
    private Attribution reportedSpeechBefore(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        // "Ruiz kept up her criticism. ¶ “It is a disaster.”": a quote-led paragraph continues the one before.
        Sentence before = quotelessSentenceBefore(ctx, q, true);
        if (before == null) {
            return null;
        }
        for (int i = before.firstToken(); i < before.endToken(); i++) {
            // "Ruiz was criticised for not condemning the plan.": a gerund reports no speech of its subject.
            if (isSpeechVerb(tokens, i) && !tokens.get(i).pos().equals("VBG")
                    && !inRelativeClause(tokens, i, before.firstToken())) {
                Source s = sourceOfCue(ctx, i, before.firstToken());
                return s != null && s.key != null && !s.anonymous ? attribution(ctx, s, cue(tokens, i, i + 1)) : null;
            }
        }
        return null;
    }

    /**
     * The sentence before the one a quote opens, when it lies in the quote's paragraph (or, with
     * {@code orParagraphBefore}, ends the paragraph before a quote-led one) and holds no quote; else null.
     */
    private static Sentence quotelessSentenceBefore(Context ctx, QuoteSpans.Quoted q, boolean orParagraphBefore) {
        List<Token> tokens = ctx.doc.tokens();
        int open = firstTokenAtOrAfter(tokens, q.marks().begin());
        if (open >= tokens.size()) {
            return null;
        }
        Sentence sentence = ctx.doc.sentences().get(tokens.get(open).sentence());
        if (sentence.firstToken() != open || sentence.index() == 0) {
            return null;
        }
        Sentence before = ctx.doc.sentences().get(sentence.index() - 1);
        int paragraph = paragraphOf(ctx.doc.text(), q.marks().begin());
        int paragraphBefore = paragraphOf(ctx.doc.text(), tokens.get(before.firstToken()).begin());
        boolean adjacent = paragraphBefore == paragraph || orParagraphBefore && paragraphBefore == paragraph - 1
                && startsParagraph(ctx.doc.text(), q.marks().begin());
        if (!adjacent) {
            return null;
        }
        for (int i = before.firstToken(); i < before.endToken(); i++) {
            if (ctx.insideQuote(tokens.get(i))) {
                return null;
            }
        }
        return before;
    }

    private static boolean endsInQuestionOrExclamation(String text, QuoteSpans.Quoted q) {
        String inner = q.inner().of(text);
        return inner.endsWith("?") || inner.endsWith("!");
    }

    /** "X said: ...", "X told reporters that ...", "according to X, ...", "X: ..." in the quote's sentence. */
    private Attribution before(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = sentenceOfOffset(ctx.doc, q.marks().begin());
        if (sentence == null) {
            return null;
        }
        int open = firstTokenAtOrAfter(tokens, q.marks().begin());
        List<Integer> verbs = new ArrayList<>();
        for (int i = open - 1; i >= sentence.firstToken(); i--) {
            Token t = tokens.get(i);
            if (ctx.insideQuote(t)) {
                break;
            }
            if (isAccordingTo(tokens, i) && i + 1 < open && verbs.isEmpty()) {
                return attribution(ctx, postPosed(ctx, i + 2), cue(tokens, i, i + 2));
            }
            if (isSpeechVerb(tokens, i)) {
                verbs.add(i);
            }
        }
        if (!verbs.isEmpty()) {
            int verb = governingVerb(ctx, sentence, verbs, open);
            return attribution(ctx, sourceOfCue(ctx, verb, sentence.firstToken()), cue(tokens, verb, verb + 1));
        }
        // A round-up line or transcript: "Ana Ruiz, The Daily Planet: “...”".
        if (open - 1 > sentence.firstToken() && tokens.get(open - 1).text().equals(":")) {
            for (int i = sentence.firstToken(); i < open - 1; i++) {
                Source s = sourceAt(ctx, i);
                if (s != null && s.key != null) {
                    return attribution(ctx, s, cue(tokens, open - 1, open));
                }
            }
            // A transcript line: "RUIZ: “...”", the speaker's family name in capitals.
            Source label = sourceIn(ctx, sentence.firstToken(), open - 1);
            if (label != null && label.key != null) {
                return attribution(ctx, label, cue(tokens, open - 1, open));
            }
        }
        return null;
    }

    /**
     * A paragraph of quotation introduced by the paragraph before, ending in a colon: "Ruiz said in
     * a statement:" or "Ruiz issued the following statement:". The speech verb of that sentence, or
     * else its main verb, gives the source.
     */
    private Attribution colonIntroduction(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        int open = firstTokenAtOrAfter(tokens, q.marks().begin());
        if (open == 0 || !tokens.get(open - 1).text().equals(":")) {
            return null;
        }
        Sentence sentence = ctx.doc.sentences().get(tokens.get(open - 1).sentence());
        for (int i = open - 2; i >= sentence.firstToken(); i--) {
            if (ctx.insideQuote(tokens.get(i))) {
                return null;
            }
            if (isSpeechVerb(tokens, i)) {
                return attribution(ctx, sourceOfCue(ctx, i, sentence.firstToken()), cue(tokens, i, i + 1));
            }
        }
        int root = ctx.doc.dependencies(sentence).root().orElse(-1);
        if (root < 0 || !tokens.get(root).pos().startsWith("VB")) {
            return null;
        }
        Source s = parsedSubject(ctx, root);
        return s != null && s.key != null ? attribution(ctx, s, cue(tokens, root, root + 1)) : null;
    }

    /**
     * A quote inside a clause whose verb is not a speech verb but whose subject plainly holds the
     * words ("Ruiz credited him with “an inspiring campaign”", "Ruiz characterized the plan as
     * “a slap in the face”"): the subject of the nearest verb above the quote in the parse, when it
     * is someone (a name, a personal pronoun, a person or organisation description).
     */
    private Attribution governingClause(Context ctx, QuoteSpans.Quoted q) {
        List<Token> tokens = ctx.doc.tokens();
        int inside = firstTokenAtOrAfter(tokens, q.inner().begin());
        if (inside >= tokens.size()) {
            return null;
        }
        Sentence sentence = ctx.doc.sentences().get(tokens.get(inside).sentence());
        DependencyGraph graph = ctx.doc.dependencies(sentence);
        int node = inside;
        for (int steps = 0; node >= 0 && steps < 30; steps++) {
            List<Dependency> up = graph.governors(node);
            if (up.isEmpty()) {
                return null;
            }
            node = up.get(0).governor();
            if (node < 0 || ctx.insideQuote(tokens.get(node)) || !tokens.get(node).pos().startsWith("VB")) {
                continue;
            }
            Source s = parsedSubject(ctx, node);
            if (s != null && (s.key != null || s.end - s.first == 1 && PRONOUNS.contains(tokens.get(s.first).text()))) {
                return attribution(ctx, s, cue(tokens, node, node + 1));
            }
            return null;
        }
        return null;
    }

    private Attribution attribution(Context ctx, Source s, Span cue) {
        if (s == null) {
            return null;
        }
        List<Token> tokens = ctx.doc.tokens();
        Span mention = new Span(tokens.get(s.first).begin(), tokens.get(s.end - 1).end());
        ctx.coreference.spoke(s.anonymous ? null : s.key, s.first);
        return new Attribution(s.key, mention, cue, s.anonymous);
    }

    /**
     * Of the speech verbs before a quote, the one that governs it in the parse, the highest first:
     * in "Ruiz said her country agreed to an “immediate ceasefire”" Ruiz speaks, not the country.
     * Without a parse, or when none governs the quote, the nearest.
     */
    private static int governingVerb(Context ctx, Sentence sentence, List<Integer> verbs, int open) {
        DependencyGraph graph = ctx.doc.dependencies(sentence);
        List<Integer> chain = new ArrayList<>();
        int node = open + 1 < sentence.endToken() ? open + 1 : open;
        while (node >= 0 && chain.size() < 30 && !chain.contains(node)) {
            chain.add(node);
            List<Dependency> up = graph.governors(node);
            // "a voter asked for a photo and Ruiz said “...”": a conjoined clause has its own speaker.
            boolean conjoinedCue = !up.isEmpty() && up.get(0).is("conj") && verbs.contains(node);
            node = up.isEmpty() || conjoinedCue ? -1 : up.get(0).governor();
        }
        for (int k = chain.size() - 1; k >= 0; k--) {
            if (verbs.contains(chain.get(k))) {
                return chain.get(k);
            }
        }
        return verbs.get(0);
    }

    /**
     * The source of a cue verb; a verb opening its sentence names its source after it, as in a
     * round-up or an interview: "Continued Ruiz: “...”", "Added the senator: “...”".
     */
    private Source sourceOfCue(Context ctx, int verb, int from) {
        List<Token> tokens = ctx.doc.tokens();
        if (!hasWords(tokens, from, verb)) {
            int end = ctx.doc.sentences().get(tokens.get(verb).sentence()).endToken();
            Source after = postPosed(ctx, skipAdverbs(tokens, verb + 1, end));
            if (after != null && after.key != null) {
                return after;
            }
        }
        return subjectOfCue(ctx, verb, from);
    }

    /**
     * The source of a cue verb: from the parse when it names someone, else from the words before
     * the verb; a parse subject that resolves to nobody ("Secretary of State Ana Ruiz said", parsed
     * with "Secretary" as head) gives way to a reading of the words that does.
     */
    private Source subjectOfCue(Context ctx, int verb, int from) {
        Source main = participleSubject(ctx, verb);
        if (main != null) {
            return main;
        }
        Source parsed = parsedSubject(ctx, verb);
        boolean pronoun = parsed != null && parsed.end - parsed.first == 1
                && PRONOUNS.contains(ctx.doc.tokens().get(parsed.first).text());
        if (parsed != null && !parsed.named && !pronoun) {
            // "The leader of the Ruritanian League, Ana Ruiz, said": the parser may hang the named
            // appositive from "League"; the name set off before the verb speaks, not "the leader".
            Source read = subjectBefore(ctx, verb, from);
            if (read != null && read.first > parsed.first && isPerson(ctx, read)) {
                return read;
            }
        }
        if (parsed != null && (parsed.key != null || pronoun)) {
            return parsed;
        }
        Source read = subjectBefore(ctx, verb, from);
        return read != null && (read.key != null || parsed == null) ? read : parsed;
    }

    /**
     * The source of a participle cue set off by a comma ("Ruiz backed Holt on Monday, saying ...")
     * is the subject of the clause it trails, never the words just before it: the parser often
     * hangs "saying" from a nearby noun, so it is read from the nearest finite verb before the comma
     * ("Ruiz, who backed Holt, said ..." aside, that is the verb of the clause the participle trails).
     */
    private Source participleSubject(Context ctx, int verb) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = ctx.doc.sentences().get(tokens.get(verb).sentence());
        int before = verb - 1;
        while (before > sentence.firstToken() && isAdverb(tokens.get(before))) {
            before--;
        }
        if (!tokens.get(verb).pos().equals("VBG") || before <= sentence.firstToken()
                || !tokens.get(before).text().equals(",")) {
            return null;
        }
        int trailed = before - 1;
        while (trailed >= sentence.firstToken() && (ctx.insideQuote(tokens.get(trailed)) || !isFinite(tokens.get(trailed)))) {
            trailed--;
        }
        if (trailed < sentence.firstToken()) {
            return null;
        }
        Source s = parsedSubject(ctx, trailed);
        return s != null && s.key != null ? s : null;
    }

    private static boolean isFinite(Token t) {
        return t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP");
    }

    /**
     * The subject of a cue verb read from the dependency parse: its {@code nsubj}, the agent of a
     * passive ("was quoted by"), the subject of a passive report verb ("X was quoted as saying"), or
     * for a participle or infinitive ("..., saying ...", "declined to say") the subject of the verb it
     * hangs from. The source words are the subject's noun phrase; a description with a named
     * appositive gives way to the name ("the senator's spokeswoman, Ana Ruiz, said").
     */
    private Source parsedSubject(Context ctx, int verb) {
        List<Token> tokens = ctx.doc.tokens();
        Sentence sentence = ctx.doc.sentences().get(tokens.get(verb).sentence());
        DependencyGraph graph = ctx.doc.dependencies(sentence);
        int head = subjectOf(ctx, graph, verb);
        for (Dependency up : graph.governors(verb)) {
            if (head >= 0) {
                break;
            }
            if (up.is("advcl") || up.is("xcomp") || up.is("conj") || up.is("ccomp") && isSpeechVerb(tokens, up.governor())) {
                head = up.governor() >= 0 ? subjectOf(ctx, graph, up.governor()) : -1;
            }
        }
        if (head < 0) {
            return null;
        }
        int first = head;
        int end = head + 1;
        for (Dependency d : graph.dependents(head)) {
            if ((d.is("det") || d.is("amod") || d.is("compound") || d.is("flat") || d.is("nmod:poss")
                    || d.is("nummod")) && d.dependent() < head) {
                first = Math.min(first, leftmost(graph, d.dependent(), 0));
            }
        }
        EntityMentions.Located m = ctx.mentions.at(tokens.get(head).begin());
        if (m != null) {
            first = Math.min(first, m.firstToken());
            end = Math.max(end, m.endToken());
        }
        while (first < head && ctx.insideQuote(tokens.get(first))) {
            first++;
        }
        Source s = sourceIn(ctx, first, end);
        if (s != null && !s.named) {
            for (Dependency d : graph.dependents(head, "appos")) {
                EntityMentions.Located named = ctx.mentions.at(tokens.get(d.dependent()).begin());
                if (named != null && named.type() == EntityType.PERSON) {
                    return new Source(named.firstToken(), named.endToken(), named.key(), false, true);
                }
            }
        }
        return s;
    }

    private static int subjectOf(Context ctx, DependencyGraph graph, int verb) {
        int best = -1;
        for (Dependency d : graph.dependents(verb)) {
            boolean subject = d.is("nsubj") || d.relation().equals("obl:agent");
            // The tokeniser keeps a closing pair of marks ("up,’”") as one symbol the parser may take
            // for a subject; punctuation names nobody.
            if (subject && !ctx.insideQuote(ctx.doc.tokens().get(d.dependent()))
                    && !isPunctuation(ctx.doc.tokens().get(d.dependent()))
                    && (best < 0 || d.dependent() < best)) {
                best = d.dependent();
            }
        }
        return best;
    }

    private static int leftmost(DependencyGraph graph, int token, int depth) {
        int left = token;
        if (depth < 4) {
            for (Dependency d : graph.dependents(token)) {
                if (d.dependent() < left && !d.is("punct") && !d.is("acl") && !d.is("appos")) {
                    left = Math.min(left, leftmost(graph, d.dependent(), depth + 1));
                }
            }
        }
        return left;
    }

    /** Who the words {@code [first, end)} name: a pronoun, a name ending them, or a description. */
    private Source sourceIn(Context ctx, int first, int end) {
        List<Token> tokens = ctx.doc.tokens();
        if (end - first == 1 && PRONOUNS.contains(tokens.get(first).text()) && tokens.get(first).pos().startsWith("PRP")) {
            return new Source(first, end, ctx.coreference.pronoun(first), false, false);
        }
        EntityMentions.Located m = ctx.mentions.endingAt(end);
        if (m != null && m.firstToken() >= first && !m.demonym() && m.type() != EntityType.PLACE) {
            return new Source(first, end, m.key(), false, true);
        }
        Source s = description(ctx, first, end);
        if (s == null) {
            String named = personNamedBefore(ctx, first, end);
            return new Source(first, end, named, false, named != null);
        }
        return s;
    }

    /**
     * A name word the entity stage left alone ("Hun said", after "Hun Sen" was named, family name
     * first; "RUIZ:" opening a transcript line, after "Ana Ruiz"): the person named before whose
     * name holds every capitalised word of the source.
     */
    private static String personNamedBefore(Context ctx, int first, int end) {
        List<Token> tokens = ctx.doc.tokens();
        List<String> words = new ArrayList<>();
        for (int k = first; k < end; k++) {
            Token t = tokens.get(k);
            if (t.pos().startsWith("NN") && isAllCapitals(t.text())) {
                words.add(capitalisedOnly(t.text()));
            } else if (t.pos().startsWith("NNP") && t.isCapitalized()) {
                words.add(t.text());
            }
        }
        if (words.isEmpty() || words.size() != end - first) {
            return null;
        }
        List<EntityMentions.Located> all = ctx.mentions.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            EntityMentions.Located m = all.get(k);
            if (m.type() != EntityType.PERSON || m.firstToken() >= first) {
                continue;
            }
            List<String> name = tokens.subList(m.firstToken(), m.endToken()).stream()
                    .map(t -> isAllCapitals(t.text()) ? capitalisedOnly(t.text()) : t.text()).toList();
            if (name.size() > words.size() && name.containsAll(words)) {
                return m.key();
            }
        }
        return null;
    }

    /**
     * The subject of the verb at {@code verb}: the words just before it, past adverbs, auxiliaries
     * and comma-enclosed appositives ("Ruiz, a member of the committee, said"). When the words before
     * an appositive only describe ("the senator's spokeswoman, Ana Ruiz, said") the named appositive
     * speaks.
     */
    private Source subjectBefore(Context ctx, int verb, int sentenceStart) {
        List<Token> tokens = ctx.doc.tokens();
        Source appositive = null;
        int j = verb - 1;
        while (j >= sentenceStart) {
            Token t = tokens.get(j);
            if (isAdverb(t) || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("be")
                    || t.lemma().equals("also") || t.lemma().equals("later")) {
                j--;
            } else if (t.text().equals(",")) {
                int k = j - 1;
                while (k >= sentenceStart && !tokens.get(k).text().equals(",") && !ctx.insideQuote(tokens.get(k))) {
                    k--;
                }
                if (k < sentenceStart || ctx.insideQuote(tokens.get(k))) {
                    break;
                }
                Source inner = sourceAt(ctx, k + 1);
                if (appositive == null && inner != null && inner.end == j && inner.named) {
                    appositive = inner;
                }
                j = k - 1;
            } else {
                break;
            }
        }
        if (j >= sentenceStart && tokens.get(j).lemma().equals("who") && appositive == null) {
            // "Ana Ruiz, who chairs the committee, said": "who" is the source, its antecedent the speaker.
            EntityMentions.Located antecedent = ctx.mentions.endingAt(j - 1);
            return new Source(j, j + 1, antecedent == null ? null : antecedent.key(), false, false);
        }
        Source subject = null;
        for (int start = j; start >= Math.max(sentenceStart, j - 6) && j >= sentenceStart; start--) {
            Source s = sourceAt(ctx, start);
            if (s != null && s.end == j + 1) {
                subject = s;
            }
        }
        // "The leader of the Ruritanian League, Ana Ruiz, said": a person set off after an organisation
        // or place that ends the words before speaks for them.
        boolean personSetOff = appositive != null && isPerson(ctx, appositive) && subject != null && !isPerson(ctx, subject);
        if (subject != null && (subject.named && !personSetOff || appositive == null)) {
            return subject;
        }
        if (appositive != null) {
            return appositive;
        }
        // No clean subject: the nearest person named before the verb in the same sentence.
        for (int k = verb - 1; k >= sentenceStart; k--) {
            EntityMentions.Located m = ctx.mentions.startingAt(k);
            if (m != null && m.type() == EntityType.PERSON && !ctx.insideQuote(tokens.get(k))) {
                return new Source(k, m.endToken(), m.key(), false, true);
            }
        }
        return null;
    }

    /** Whether the source words end in the name of a person. */
    private static boolean isPerson(Context ctx, Source s) {
        EntityMentions.Located m = ctx.mentions.endingAt(s.end);
        return s.named && s.key != null && m != null && m.type() == EntityType.PERSON;
    }

    /**
     * Source words read from {@code token}.
     *
     * @param first first token of the source words
     * @param end   end of the source words (exclusive)
     * @param key   the entity they resolve to, or null
     * @param named they hold a name
     */
    private record Source(int first, int end, String key, boolean anonymous, boolean named) {
    }

    /**
     * A source after its cue ("said Ana Ruiz", "according to the ministry"); a description followed
     * by a name in apposition gives way to the name ("said the senator's spokeswoman, Ana Ruiz").
     */
    private Source postPosed(Context ctx, int token) {
        Source s = sourceAt(ctx, token);
        List<Token> tokens = ctx.doc.tokens();
        if (s != null && !s.named && s.end + 1 < tokens.size() && tokens.get(s.end).text().equals(",")) {
            Source named = sourceAt(ctx, s.end + 1);
            if (named != null && named.named) {
                return named;
            }
        }
        return s;
    }

    /**
     * Who the words starting at {@code token} name: a pronoun, a name (the head of an English noun
     * phrase is its last word, so "Ruritanian Foreign Minister Ana Ruiz", "campaign manager Ana Ruiz"
     * and "the Ruritanian Foreign Ministry" name whom they end with), or a description.
     */
    private Source sourceAt(Context ctx, int token) {
        List<Token> tokens = ctx.doc.tokens();
        if (token < 0 || token >= tokens.size() || ctx.insideQuote(tokens.get(token))) {
            return null;
        }
        Token t = tokens.get(token);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(word) && t.pos().startsWith("PRP")) {
            return new Source(token, token + 1, ctx.coreference.pronoun(token), false, false);
        }
        int end = nounPhraseEnd(ctx, token);
        if (end == token) {
            return null;
        }
        EntityMentions.Located m = ctx.mentions.endingAt(end);
        if (m != null && m.firstToken() >= token && !m.demonym() && m.type() != EntityType.PLACE) {
            return new Source(token, end, m.key(), false, true);
        }
        Source described = description(ctx, token, end);
        String named = described == null ? personNamedBefore(ctx, token, end) : null;
        return named != null ? new Source(token, end, named, false, true) : described;
    }

    /** The end of the noun phrase starting at {@code token}: its words, names and titles, up to a comma, verb or preposition. */
    private int nounPhraseEnd(Context ctx, int token) {
        List<Token> tokens = ctx.doc.tokens();
        int sentenceEnd = ctx.doc.sentences().get(tokens.get(token).sentence()).endToken();
        int end = token;
        while (end < sentenceEnd && !ctx.insideQuote(tokens.get(end))) {
            EntityMentions.Located m = ctx.mentions.startingAt(end);
            if (m != null && m.endToken() <= sentenceEnd) {
                end = m.endToken();
            } else if (isNounPhraseWord(tokens.get(end)) || isTitleWord(tokens.get(end))
                    || end > token && tokens.get(end - 1).pos().equals("HYPH") && tokens.get(end).pos().startsWith("VB")) {
                end++; // "Ruritania-based strategist Ana Ruiz": a participle after a hyphen stays in the phrase
            } else {
                break;
            }
        }
        return end;
    }

    private boolean isTitleWord(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return t.isCapitalized() && (TITLE_ABBREVIATIONS.contains(w) || HONORIFICS.contains(w)
                || gazetteer.isTitle(w.replace(".", "")));
    }

    /**
     * A description as source: "the president", "the company", "a senior ministry official", "the
     * statement", "Holt's spokeswoman". Titles resolve to the holder, person nouns to the person
     * named before, organisation nouns to the organisation named inside or before, documents to
     * their organisation; an indefinite description is anonymous, speaking for the organisation it
     * names.
     */
    private Source description(Context ctx, int token, int end) {
        List<Token> tokens = ctx.doc.tokens();
        int head = end - 1;
        if (!tokens.get(head).pos().startsWith("NN")) {
            return null;
        }
        String headWord = tokens.get(head).text().toLowerCase(Locale.ROOT);
        String kind = DESCRIPTIONS.get(headWord);
        RoleNouns.Resolved role = roleNouns.resolveAt(ctx.doc, ctx.mentions, ctx.roles, token);
        if (role != null && role.endToken() == end) {
            return new Source(token, end, role.personKey(), false, false);
        }
        if (kind == null && !gazetteer.isTitle(headWord)) {
            return null;
        }
        EntityMentions.Located inner = null;
        boolean organisationWord = false;
        for (int k = token; k < head; k++) {
            EntityMentions.Located m = ctx.mentions.startingAt(k);
            if (m != null && m.type() != EntityType.PLACE && inner == null) {
                inner = m;
            }
            organisationWord |= "organization".equals(DESCRIPTIONS.get(tokens.get(k).text().toLowerCase(Locale.ROOT)));
        }
        String determiner = tokens.get(token).text().toLowerCase(Locale.ROOT);
        boolean anonymous = INDEFINITE.contains(determiner) || tokens.get(head).pos().equals("NNS") && inner == null
                && !determiner.equals("the");
        if (anonymous) {
            // "a ministry official", "a company spokesperson": speaks for the organisation named or meant.
            String speaksFor = inner != null ? inner.key() : organisationWord ? ctx.coreference.organisation(token, false) : null;
            return new Source(token, end, speaksFor, true, false);
        }
        String key;
        if ("organization".equals(kind) || "document".equals(kind)) {
            key = inner != null ? inner.key() : "document".equals(kind) ? ctx.coreference.organisation(token, true)
                    : ctx.coreference.organisation(token, headWord);
        } else if (inner != null && inner.type() == EntityType.PERSON) {
            key = null; // "Holt's spokeswoman" is not Holt
        } else {
            // "the lawmaker", "the Ruritanian leader": the person of that description named before.
            key = ctx.coreference.person(token, Gender.ofWord(headWord));
        }
        return new Source(token, end, key, false, false);
    }

    private static boolean isNounPhraseWord(Token t) {
        String pos = t.pos();
        return (pos.equals("DT") || pos.equals("PRP$") || pos.startsWith("JJ")
                || pos.startsWith("NN") || pos.equals("CD") || pos.equals("POS") || pos.equals("HYPH"));
    }

    /** "RUIZ", "O'NEILL": two letters or more, none of them lower case. */
    private static boolean isAllCapitals(String word) {
        return word.length() > 1 && word.chars().anyMatch(Character::isLetter)
                && word.chars().noneMatch(Character::isLowerCase);
    }

    /** "RUIZ" as "Ruiz", to compare with a name written in the ordinary way. */
    private static String capitalisedOnly(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
    }

    private static boolean isAccordingTo(List<Token> tokens, int i) {
        return tokens.get(i).text().equalsIgnoreCase("according") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equalsIgnoreCase("to");
    }

    private static boolean isSpeechVerb(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.pos().startsWith("VB") && (SPEECH_VERBS.contains(t.lemma()) || MORE_CUE_VERBS.contains(t.lemma())
                || isAsPutIt(tokens, i));
    }

    /**
     * Whether the verb at {@code i} belongs to a relative clause opened after {@code from}: in "“...,”
     * Ruiz, who has long argued for it, said" the cue is "said", not "argued".
     */
    private static boolean inRelativeClause(List<Token> tokens, int i, int from) {
        int j = i - 1;
        while (j >= from && (isAdverb(tokens.get(j)) || tokens.get(j).pos().equals("MD")
                || tokens.get(j).lemma().equals("have") || tokens.get(j).lemma().equals("be"))) {
            j--;
        }
        return j >= from && (tokens.get(j).pos().equals("WP") || tokens.get(j).pos().equals("WDT"));
    }

    /** "as Ruiz put it" / "as the senator's aide put it": "put" is a cue only in that idiom. */
    private static boolean isAsPutIt(List<Token> tokens, int i) {
        if (!tokens.get(i).lemma().equals("put") || i + 1 >= tokens.size()
                || !tokens.get(i + 1).text().equalsIgnoreCase("it")) {
            return false;
        }
        for (int k = i - 1; k >= Math.max(0, i - MAX_SOURCE_TOKENS); k--) {
            if (tokens.get(k).text().equalsIgnoreCase("as")) {
                return true;
            }
            if (tokens.get(k).text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static Span cue(List<Token> tokens, int first, int end) {
        return new Span(tokens.get(first).begin(), tokens.get(end - 1).end());
    }

    /** Whether anything but punctuation lies between two tokens. */
    private static boolean hasWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!isPunctuation(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** "said Tuesday", "said on Monday", "said in a statement": skipped to reach a post-posed source. */
    private static int skipAdverbs(List<Token> tokens, int i, int end) {
        while (i < end && (isAdverb(tokens.get(i)) || tokens.get(i).pos().equals("RP"))) {
            i++;
        }
        return i;
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

    private static Map<String, String> descriptions() {
        Map<String, String> out = new HashMap<>();
        for (String line : Lexicon.lines("speaker-descriptions.tsv")) {
            String[] parts = line.split("\t");
            out.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        return Map.copyOf(out);
    }

    /** Per-article lookups shared by the attribution steps. */
    private static final class Context {
        final AnnotatedDocument doc;
        final EntityMentions mentions;
        final List<Role> roles;
        final boolean[] quotedToken;
        final SpeakerCoreference coreference;

        Context(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles, List<QuoteSpans.Quoted> quoted) {
            this.doc = doc;
            this.mentions = mentions;
            this.roles = roles;
            this.quotedToken = new boolean[doc.tokens().size()];
            for (Token t : doc.tokens()) {
                for (QuoteSpans.Quoted q : quoted) {
                    if (q.inner().begin() <= t.begin() && t.end() <= q.inner().end()) {
                        quotedToken[t.index()] = true;
                        break;
                    }
                }
            }
            this.coreference = new SpeakerCoreference(doc, mentions, i -> quotedToken[i]);
        }

        boolean insideQuote(Token t) {
            return quotedToken[t.index()];
        }
    }
}
