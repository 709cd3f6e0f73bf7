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

    /** One element of a pattern after the verb: a word or a prepositional group ("with" + "leaders"). */
    private record Element(String preposition, Set<String> heads) {
    }

    private record VerbPattern(List<Element> elements, String code) {
    }

    /** A trigger's code and label noun. */
    record Coded(String code, String noun) {
    }

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
            synsets.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(lastWord(f[1]));
        }
        for (String line : Lexicon.lines("events/cameo-verbs.tsv")) {
            String[] f = columns("cameo-verbs.tsv", line, 4);
            String particle = f[2].contains(" ") ? f[2].substring(f[2].indexOf(' ') + 1) : null;
            if (f[2].startsWith(f[1])) {
                verbs.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Verb(f[0], particle, f[3]));
            }
        }
        for (String line : Lexicon.lines("events/cameo-patterns.tsv")) {
            String[] f = columns("cameo-patterns.tsv", line, 3);
            VerbPattern p = parse(f[1], f[2]);
            if (p != null) {
                patterns.computeIfAbsent(f[0], k -> new ArrayList<>()).add(p);
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
                        .allMatch(e -> e.heads().isEmpty() || e.heads().stream().anyMatch(sentenceWords::contains))) {
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
                if (p.elements().size() + own > bestSize && (specific(p) || !lightVerbs.contains(lemma(verb)))
                        && matches(p, verb, graph, tokens)) {
                    best = p.code();
                    bestSize = p.elements().size() + own;
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
        return p.elements().stream().anyMatch(e -> !e.heads().isEmpty());
    }

    private boolean matches(VerbPattern p, Token verb, DependencyGraph graph, List<Token> tokens) {
        for (Element e : p.elements()) {
            boolean found = false;
            for (Dependency d : graph.dependents(verb.index())) {
                Token dep = tokens.get(d.dependent());
                boolean slot = e.preposition() == null
                        ? d.is("obj") || d.is("nsubj:pass") || d.is("xcomp") || d.is("compound:prt") || d.is("advmod")
                        : (d.is("obl") || d.is("nmod")) && d.subtype().equals(e.preposition());
                if (slot && (e.heads().isEmpty() || e.heads().contains(lemma(dep))
                        || e.heads().contains(dep.text().toLowerCase(Locale.ROOT)))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
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
                Set<String> heads = inner.length > 1 ? heads(inner[inner.length - 1]) : Set.of();
                elements.add(new Element(inner[0], heads));
                rest = rest.substring(close + 1).strip();
            } else if (rest.startsWith("{")) {
                int close = rest.indexOf('}');
                if (close < 0) {
                    return null;
                }
                elements.add(new Element(null, heads(lastWord(rest.substring(1, close)))));
                rest = rest.substring(close + 1).strip();
            } else {
                String[] split = rest.split("\\s+", 2);
                elements.add(new Element(null, heads(split[0])));
                rest = split.length > 1 ? split[1].strip() : "";
            }
        }
        return elements.isEmpty() ? null : new VerbPattern(elements, code);
    }

    private Set<String> heads(String word) {
        if (word.startsWith("&")) {
            return synsets.getOrDefault(word, Set.of("\u0000"));
        }
        return Set.of(word);
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
