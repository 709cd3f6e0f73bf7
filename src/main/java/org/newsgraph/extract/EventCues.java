package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EventStatus;
import org.newsgraph.nlp.Token;

/**
 * The words around a trigger that change an event's class or status ("proposed a meeting" is an
 * intent to meet, "threatened sanctions" a threat), from event-cues.tsv and event-recodings.tsv.
 */
final class EventCues {
    private static final int WINDOW_BEFORE = 8;
    private static final int WINDOW_AFTER = 2;
    /** When several cues stand before one trigger, the stronger kind decides ("a bill that would impose"). */
    private static final List<String> STRENGTH = List.of("negated", "withdraw", "reject", "cancel", "threaten",
            "propose", "legislate", "intend", "future");

    private record Cue(EventPhrase phrase, String kind, boolean after) {
    }

    private record Recoding(String kind, String root, String eventClass, String cameo, EventStatus status) {
    }

    /** A cue found near a trigger and what it makes of the event; {@code drop} for negations. */
    record Applied(String kind, int firstToken, int endToken, String eventClass, String cameo, EventStatus status,
                   boolean drop) {
    }

    private final List<Cue> cues = new ArrayList<>();
    private final List<Recoding> recodings = new ArrayList<>();

    EventCues(String cueResource, String recodingResource) {
        for (String line : Lexicon.lines(cueResource)) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new NewsgraphException(cueResource + ": expected 3 tab-separated columns in \"" + line + "\"");
            }
            cues.add(new Cue(EventPhrase.parse(f[0]), f[1], f[2].equals("after")));
        }
        for (String line : Lexicon.lines(recodingResource)) {
            String[] f = line.split("\t");
            if (f.length != 5) {
                throw new NewsgraphException(recodingResource + ": expected 5 tab-separated columns in \"" + line + "\"");
            }
            recodings.add(new Recoding(f[0], f[1], f[2], f[3], EventStatus.valueOf(f[4])));
        }
    }

    /**
     * The strongest applicable cue for a trigger at {@code [first, end)} of class/code given, looking
     * back to the clause start (not past {@code clauseStart}) and, for noun triggers, just after it.
     */
    Applied find(List<Token> tokens, int first, int end, int clauseStart, int clauseEnd, boolean nounTrigger,
                 String eventClass, String cameo) {
        Applied best = null;
        for (int i = Math.max(clauseStart, first - WINDOW_BEFORE); i < first; i++) {
            best = stronger(best, cueAt(tokens, i, first, false, eventClass, cameo));
        }
        if (nounTrigger) {
            for (int i = end; i < Math.min(clauseEnd, end + WINDOW_AFTER); i++) {
                best = stronger(best, cueAt(tokens, i, clauseEnd, true, eventClass, cameo));
            }
        }
        return best;
    }

    private Applied cueAt(List<Token> tokens, int i, int limit, boolean after, String eventClass, String cameo) {
        Applied found = null;
        for (Cue cue : cues) {
            if (cue.after != after) {
                continue;
            }
            int end = cue.phrase.matchAt(tokens, i, limit);
            if (end < 0) {
                continue;
            }
            Applied applied = apply(cue.kind, i, end, eventClass, cameo);
            found = stronger(found, applied);
        }
        return found;
    }

    private Applied apply(String kind, int first, int end, String eventClass, String cameo) {
        if (kind.equals("negated")) {
            return new Applied(kind, first, end, eventClass, cameo, null, true);
        }
        String root = cameo.substring(0, 2);
        for (Recoding r : recodings) {
            if (r.kind.equals(kind) && (r.root.equals(root) || r.root.equals("*"))) {
                return new Applied(kind, first, end, r.eventClass.equals("=") ? eventClass : r.eventClass,
                        r.cameo.equals("=") ? cameo : r.cameo, r.status, false);
            }
        }
        return null;
    }

    private static Applied stronger(Applied a, Applied b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return STRENGTH.indexOf(b.kind) < STRENGTH.indexOf(a.kind) ? b : a;
    }
}
