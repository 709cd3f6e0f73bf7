package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Token;

/**
 * The CAMEO verb dictionary (compiled from PETRARCH2, see {@link CameoDictionaryCompiler}) and our
 * own noun additions, matched on lemmas and the dependency parse: a verb gets the code of its most
 * specific pattern whose words are among its dependents ("impose * sanctions": the object "sanctions";
 * "meet * (with leaders)": an {@code obl:with} "leaders"), else the verb's own code.
 */
final class CameoLexicon {
    /** A verb of a block: its lemma, the particle that must follow ("call off"), its own code. */
    private record Verb(String block, String particle, String code) {
    }

    /**
     * One element of a pattern after the verb: a word, a phrase or a prepositional group ("with" +
     * "leaders"). Each alternative is a phrase whose last word is the head the parse attaches to the
     * verb and whose earlier words must modify that head, in order ("{free trade &treaty}": "a free
     * trade agreement", not "an agreement on trade"). No alternatives: any word in the slot.
     */
    private record Element(String preposition, List<List<String>> phrases) {
        boolean anyWord() {
            return phrases.isEmpty();
        }
    }

    private record VerbPattern(List<Element> elements, String code) {
    }

    /** A trigger's code and label noun. */
    record Coded(String code, String noun) {
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");
    private final Map<String, List<Verb>> verbs = new HashMap<>();
    private final Map<String, List<VerbPattern>> patterns = new HashMap<>();
    private final Map<String, Set<String>> synsets = new HashMap<>();
    private final Map<String, Coded> nouns = new HashMap<>();
    private final Set<String> lightVerbs = new HashSet<>(Lexicon.lines("events/event-light-verbs.txt"));
    /** Verb codes the compiled dictionary gets wrong, by lemma ("sue": 115, not 173). */
    private final Map<String, String> corrections = new HashMap<>();

    CameoLexicon() {
        for (String line : Lexicon.lines("events/cameo-synsets.tsv")) {
            String[] f = columns("cameo-synsets.tsv", line, 2);
            synsets.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1].strip().toLowerCase(Locale.ROOT));
        }
        for (String line : Lexicon.lines("events/cameo-verbs.tsv")) {
            String[] f = columns("cameo-verbs.tsv", line, 4);
            String particle = f[2].contains(" ") ? f[2].substring(f[2].indexOf(' ') + 1) : null;
            if (f[2].startsWith(f[1])) {
                verbs.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Verb(f[0], particle, f[3]));
            }
        }
        for (String file : List.of("cameo-patterns.tsv", "event-patterns.tsv")) {
            for (String line : Lexicon.lines("events/" + file)) {
                String[] f = columns(file, line, 3);
                VerbPattern p = parse(f[1], f[2]);
                if (p != null) {
                    patterns.computeIfAbsent(f[0], k -> new ArrayList<>()).add(p);
                }
            }
        }
        for (String line : Lexicon.lines("events/cameo-code-corrections.tsv")) {
            String[] f = columns("cameo-code-corrections.tsv", line, 2);
            corrections.put(f[0], f[1]);
        }
        for (String line : Lexicon.lines("events/event-nouns.tsv")) {
            String[] f = columns("event-nouns.tsv", line, 3);
            nouns.put(f[0], new Coded(f[1], f[2]));
        }
    }

    boolean isVerb(Token t) {
        return t.pos().startsWith("VB") && verbs.containsKey(lemma(t));
    }

    /**
     * Whether a verb of this sentence may code an event other than a statement, judged from the
     * sentence's words alone, before any parse: by the verb's own code, or by a pattern of its block
     * whose words all occur in the sentence. "Ana said she would visit" needs a parse ("visit", 042);
     * "Ana said it was late" does not: "say" codes statements (010), which are not events here, and
     * its block's patterns name words ("meet", "talks") the sentence lacks.
     */
    boolean mayCodeEvent(Token verb, Set<String> sentenceWords) {
        if (!isVerb(verb)) {
            return false;
        }
        String lemma = lemma(verb);
        boolean light = lightVerbs.contains(lemma);
        boolean ownBlockSaysNone = ownBlockSaysNone(lemma);
        for (Verb v : verbs.get(lemma)) {
            boolean ownCode = v.particle() != null ? sentenceWords.contains(v.particle()) : !light && !ownBlockSaysNone;
            if (codesEvent(v.code()) && ownCode) {
                return true;
            }
            for (VerbPattern p : patterns.getOrDefault(v.block(), List.of())) {
                if (codesEvent(p.code()) && (specific(p) || !light) && p.elements().stream()
                        .allMatch(e -> e.anyWord() || e.phrases().stream().anyMatch(sentenceWords::containsAll))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words a pattern can match in a sentence: each token's lemma and lower-cased text. */
    static Set<String> wordsOf(List<Token> sentence) {
        Set<String> words = new HashSet<>();
        for (Token t : sentence) {
            words.add(lemma(t));
            words.add(t.text().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean codesEvent(String code) {
        return !code.equals("---") && !code.startsWith(EventCoder.STATEMENT_ROOT);
    }

    Coded noun(Token t) {
        return t.pos().startsWith("NN") ? nouns.get(lemma(t)) : null;
    }

    /** The code of a verb in its parse, or null when neither the verb nor a pattern of it names an event. */
    String codeOf(Token verb, DependencyGraph graph, List<Token> tokens) {
        String best = null;
        int bestSize = -1;
        boolean ownBlockSaysNone = ownBlockSaysNone(lemma(verb));
        for (Verb v : verbs.getOrDefault(lemma(verb), List.of())) {
            if (v.particle() != null && !hasDependent(graph, tokens, verb.index(), v.particle())) {
                continue;
            }
            int own = v.particle() != null ? 1 : 0;
            if (!v.code().equals("---") && own > bestSize && (own > 0 || !lightVerbs.contains(lemma(verb)) && !ownBlockSaysNone)) {
                best = v.code();
                bestSize = own;
            }
            for (VerbPattern p : patterns.getOrDefault(v.block(), List.of())) {
                if (!specific(p) && lightVerbs.contains(lemma(verb))) {
                    continue;
                }
                int size = matchedWords(p, verb, graph, tokens);
                if (size >= 0 && size + own > bestSize) {
                    best = p.code();
                    bestSize = size + own;
                }
            }
        }
        if (best == null || best.equals("---")) {
            return null;
        }
        return corrections.getOrDefault(lemma(verb), best);
    }

    /**
     * A verb with its own block that codes no event ("add": ---) is only a synonym elsewhere
     * ("grant", 060) by a pattern of that block, not by its default code.
     */
    private boolean ownBlockSaysNone(String lemma) {
        return verbs.getOrDefault(lemma, List.of()).stream()
                .anyMatch(v -> v.block().equals(lemma) && v.particle() == null && v.code().equals("---"));
    }

    /** A pattern that names at least one word, not only a slot ("take * prisoner", not "take * (to ...)"). */
    private static boolean specific(VerbPattern p) {
        return p.elements().stream().anyMatch(e -> !e.anyWord());
    }

    /**
     * How many words of the sentence a pattern matches (a slot with any word counts one), or -1 when
     * it does not match: more words, more specific ("sign a trade agreement" is 0311 by
     * "{trade &treaty}", not 057 by "&treaty").
     */
    private int matchedWords(VerbPattern p, Token verb, DependencyGraph graph, List<Token> tokens) {
        int words = 0;
        for (Element e : p.elements()) {
            int found = -1;
            for (Dependency d : graph.dependents(verb.index())) {
                boolean slot = e.preposition() == null
                        ? d.is("obj") || d.is("nsubj:pass") || d.is("xcomp") || d.is("compound:prt") || d.is("advmod")
                        : (d.is("obl") || d.is("nmod")) && d.subtype().equals(e.preposition());
                if (!slot) {
                    continue;
                }
                if (e.anyWord()) {
                    found = Math.max(found, 1);
                }
                for (List<String> phrase : e.phrases()) {
                    if (phrase.size() > found && phraseAt(phrase, d.dependent(), graph, tokens)) {
                        found = phrase.size();
                    }
                }
            }
            if (found < 0) {
                return -1;
            }
            words += found;
        }
        return words;
    }

    /**
     * Whether the phrase's last word is the token at {@code head} and its earlier words are, in order,
     * words of the head's modifiers before it ("free trade agreement": amod "free", compound "trade").
     */
    private static boolean phraseAt(List<String> phrase, int head, DependencyGraph graph, List<Token> tokens) {
        if (!isWord(tokens.get(head), phrase.get(phrase.size() - 1))) {
            return false;
        }
        List<Integer> before = new ArrayList<>();
        leftModifiers(head, head, graph, before, 0);
        before.sort(null);
        int next = 0;
        for (int i : before) {
            if (next < phrase.size() - 1 && isWord(tokens.get(i), phrase.get(next))) {
                next++;
            }
        }
        return next == phrase.size() - 1;
    }

    private static void leftModifiers(int token, int head, DependencyGraph graph, List<Integer> out, int depth) {
        for (Dependency d : graph.dependents(token)) {
            if (d.dependent() < head && (d.is("amod") || d.is("compound") || d.is("nmod") || d.is("nummod"))) {
                out.add(d.dependent());
                if (depth < 2) {
                    leftModifiers(d.dependent(), head, graph, out, depth + 1);
                }
            }
        }
    }

    private static boolean isWord(Token t, String word) {
        return lemma(t).equals(word) || t.text().toLowerCase(Locale.ROOT).equals(word);
    }

    /**
     * Reads the part of a pattern after the verb ({@code *}); patterns that need words before the verb
     * or are empty are left out, since the verb's own code covers them.
     */
    private VerbPattern parse(String pattern, String code) {
        int star = pattern.indexOf('*');
        if (star < 0 || !pattern.substring(0, star).replaceAll("[$+^%]", "").isBlank()) {
            return null;
        }
        List<Element> elements = new ArrayList<>();
        String rest = pattern.substring(star + 1).replaceAll("[$+^%]", " ").strip();
        while (!rest.isEmpty()) {
            if (rest.startsWith("(")) {
                int close = rest.indexOf(')');
                if (close < 0) {
                    return null;
                }
                String[] inner = rest.substring(1, close).replaceAll("[{}]", "").strip().split("\\s+");
                List<String> words = List.of(inner).subList(1, inner.length);
                elements.add(new Element(inner[0], words.isEmpty() ? List.of() : phrases(words)));
                rest = rest.substring(close + 1).strip();
            } else if (rest.startsWith("{")) {
                int close = rest.indexOf('}');
                if (close < 0) {
                    return null;
                }
                elements.add(new Element(null, phrases(List.of(rest.substring(1, close).strip().split("\\s+")))));
                rest = rest.substring(close + 1).strip();
            } else {
                String[] split = rest.split("\\s+", 2);
                elements.add(new Element(null, phrases(List.of(split[0]))));
                rest = split.length > 1 ? split[1].strip() : "";
            }
        }
        return elements.isEmpty() ? null : new VerbPattern(elements, code);
    }

    /**
     * The phrases a pattern's words stand for, each synset expanded to its members ("{peace &treaty}":
     * "peace agreement", "peace accord" ...); articles are left out ("(to a vote)": "to vote").
     */
    private List<List<String>> phrases(List<String> words) {
        List<List<String>> out = List.of(List.of());
        for (String word : words) {
            if (ARTICLES.contains(word)) {
                continue;
            }
            Set<String> members = word.startsWith("&") ? synsets.getOrDefault(word, Set.of("\u0000")) : Set.of(word);
            List<List<String>> longer = new ArrayList<>();
            for (List<String> start : out) {
                for (String member : members) {
                    List<String> phrase = new ArrayList<>(start);
                    phrase.addAll(List.of(member.split("\\s+")));
                    longer.add(List.copyOf(phrase));
                }
            }
            out = longer;
        }
        return out.stream().filter(p -> !p.isEmpty()).toList();
    }

    private static boolean hasDependent(DependencyGraph graph, List<Token> tokens, int verb, String word) {
        String last = lastWord(word);
        return graph.dependents(verb).stream().anyMatch(d -> lemma(tokens.get(d.dependent())).equals(last));
    }

    static String lemma(Token t) {
        return (t.lemma() == null ? t.text() : t.lemma()).toLowerCase(Locale.ROOT);
    }

    private static String lastWord(String phrase) {
        String[] w = phrase.strip().split("\\s+");
        return w[w.length - 1];
    }

    private static String[] columns(String file, String line, int n) {
        String[] f = line.split("\t");
        if (f.length != n) {
            throw new NewsgraphException(file + ": expected " + n + " tab-separated columns in \"" + line + "\"");
        }
        return f;
    }
}
