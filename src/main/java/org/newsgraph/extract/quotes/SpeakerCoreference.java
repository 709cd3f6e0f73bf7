package org.newsgraph.extract.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.newsgraph.extract.EntityMentions;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Resolves a speaker pronoun ("he", "she", "it") or a person description ("the lawmaker") to an
 * entity named earlier. Walking back sentence by sentence, the nearest sentence holding a
 * compatible candidate decides; inside it, the speaker of an attribution already read there wins,
 * then a subject over an object ("Lee criticised Park. 'It was a mistake,' he said." is Lee), and
 * people named inside quotation marks never count. Gender must agree: a person's gender comes from
 * courtesy titles, gendered role nouns and first names ({@link Gender}).
 */
public final class SpeakerCoreference {
    private static final int RECENT_SENTENCES = 4;

    private final AnnotatedDocument doc;
    private final EntityMentions mentions;
    private final IntPredicate insideQuote;
    private final Map<String, Gender> genders = new HashMap<>();
    /** Speakers of the attributions read so far, with the token where their source words start. */
    private final List<int[]> spokenAt = new ArrayList<>();
    private final List<String> spokenKeys = new ArrayList<>();

    /**
     * @param insideQuote whether a token (by index) lies inside quotation marks
     */
    public SpeakerCoreference(AnnotatedDocument doc, EntityMentions mentions, IntPredicate insideQuote) {
        this.doc = doc;
        this.mentions = mentions;
        this.insideQuote = insideQuote;
    }

    /** Records a resolved attribution, so later pronouns prefer its speaker. */
    public void spoke(String key, int sourceToken) {
        if (key != null && sourceToken >= 0) {
            spokenAt.add(new int[] {sourceToken, doc.tokens().get(sourceToken).sentence()});
            spokenKeys.add(key);
        }
    }

    /** The person (he/she) or organisation (it) a pronoun at {@code token} stands for, or null. */
    public String pronoun(int token) {
        String word = doc.tokens().get(token).text();
        if (word.equalsIgnoreCase("it")) {
            return nearest(token, EntityType.ORGANIZATION, Gender.UNKNOWN);
        }
        Gender wanted = Gender.ofPronoun(word);
        return wanted == Gender.UNKNOWN ? null : nearest(token, EntityType.PERSON, wanted);
    }

    /** The person a description ("the lawmaker", "the spokeswoman") at {@code token} stands for, or null. */
    public String person(int token, Gender wanted) {
        return nearest(token, EntityType.PERSON, wanted);
    }

    /**
     * The organisation a description ("the company", "the ministry") or a document ("the statement")
     * at {@code token} stands for: the last organisation that spoke or was named outside quotes; for
     * a document, a country when no organisation was named ("the statement said" after "Ruritania").
     */
    public String organisation(int token, boolean document) {
        String org = lastNamed(token, EntityType.ORGANIZATION);
        return org != null || !document ? org : lastNamed(token, EntityType.COUNTRY);
    }

    /**
     * The organisation "the commission", "the ministry" or "the court" at {@code token} stands for:
     * the last one named whose name holds that noun ("the Ruritanian Trade Commission", named before
     * a bank and a union) unless the noun came again after it, else the last organisation named, as
     * {@link #organisation}.
     */
    public String organisation(int token, String headNoun) {
        int begin = doc.tokens().get(token).begin();
        List<EntityMentions.Located> all = mentions.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            EntityMentions.Located m = all.get(k);
            if (m.span().begin() < begin && m.type() == EntityType.ORGANIZATION && !insideQuote.test(m.firstToken())
                    && hasWord(m.span().of(doc.text()), headNoun)) {
                // "UnitedHealth Group ... the trade group for the insurers ... the group said": a later
                // phrase with the same noun is the nearer antecedent, and it names no organisation.
                return nounBetween(headNoun, m.endToken(), token) ? organisation(token, false) : m.key();
            }
        }
        return organisation(token, false);
    }

    private boolean nounBetween(String noun, int from, int to) {
        for (int i = from; i < to; i++) {
            if (doc.tokens().get(i).text().equalsIgnoreCase(noun) && !insideQuote.test(i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasWord(String name, String word) {
        for (String w : name.split("[\\s\\-]+")) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private String lastNamed(int token, EntityType type) {
        int begin = doc.tokens().get(token).begin();
        List<EntityMentions.Located> all = mentions.all();
        for (int k = all.size() - 1; k >= 0; k--) {
            EntityMentions.Located m = all.get(k);
            if (m.span().begin() < begin && m.type() == type && !m.demonym() && !insideQuote.test(m.firstToken())) {
                return m.key();
            }
        }
        return null;
    }

    private String nearest(int token, EntityType type, Gender wanted) {
        List<Token> tokens = doc.tokens();
        int own = tokens.get(token).sentence();
        for (int s = own; s >= 0; s--) {
            String spoken = spokenIn(s, token, type, wanted);
            if (spoken != null) {
                return spoken;
            }
            String object = null;
            for (EntityMentions.Located m : mentions.inSentence(s)) {
                if (m.type() != type || m.demonym() || m.firstToken() >= token || insideQuote.test(m.firstToken())
                        || !genderOf(m.key()).agreesWith(wanted)) {
                    continue;
                }
                if (!isObject(m) && !isPossessive(m)) {
                    // "Ana Ruiz spoke. Okafor nodded. “...,” she said.": a recent speaker known to be
                    // a woman beats a subject of unknown gender.
                    String known = wanted == Gender.UNKNOWN || genderOf(m.key()) != Gender.UNKNOWN ? null
                            : recentSpeaker(token, own, type, wanted, true);
                    return known != null ? known : m.key();
                }
                if (object == null) {
                    object = m.key();
                }
            }
            if (object != null) {
                // Only objects here: a compatible speaker of the last few sentences is likelier.
                String recent = recentSpeaker(token, own, type, wanted, false);
                return recent != null ? recent : object;
            }
        }
        return null;
    }

    private String spokenIn(int sentence, int before, EntityType type, Gender wanted) {
        for (int k = spokenAt.size() - 1; k >= 0; k--) {
            int[] at = spokenAt.get(k);
            String key = spokenKeys.get(k);
            if (at[1] == sentence && at[0] < before && typeOf(key) == type && genderOf(key).agreesWith(wanted)) {
                return key;
            }
        }
        return null;
    }

    /** The last speaker of the last few sentences that may be (or, {@code known}, is known to be) of that gender. */
    private String recentSpeaker(int before, int sentence, EntityType type, Gender wanted, boolean known) {
        for (int k = spokenAt.size() - 1; k >= 0; k--) {
            int[] at = spokenAt.get(k);
            String key = spokenKeys.get(k);
            Gender g = genderOf(key);
            if (at[0] < before && sentence - at[1] <= RECENT_SENTENCES && typeOf(key) == type
                    && (known ? g == wanted : g.agreesWith(wanted))) {
                return key;
            }
        }
        return null;
    }

    private EntityType typeOf(String key) {
        for (EntityMentions.Located m : mentions.all()) {
            if (m.key().equals(key)) {
                return m.type();
            }
        }
        return null;
    }

    /** "... met Lee", "... with Lee": a name right after a verb or a preposition is an object. */
    private boolean isObject(EntityMentions.Located m) {
        List<Token> tokens = doc.tokens();
        Sentence s = doc.sentences().get(m.sentence());
        int k = m.firstToken() - 1;
        while (k >= s.firstToken() && (tokens.get(k).pos().startsWith("NNP") || tokens.get(k).pos().equals("DT")
                || tokens.get(k).pos().startsWith("JJ") || Gender.ofWord(tokens.get(k).text()) != Gender.UNKNOWN)) {
            k--; // titles and modifiers before the name: "Republican Sen. Lee"
        }
        if (k < s.firstToken()) {
            return false;
        }
        String pos = tokens.get(k).pos();
        return pos.equals("IN") || pos.equals("TO") || pos.startsWith("VB");
    }

    /** "Lee's spokeswoman": the name only qualifies the one who acts. */
    private boolean isPossessive(EntityMentions.Located m) {
        List<Token> tokens = doc.tokens();
        return m.endToken() < tokens.size() && tokens.get(m.endToken()).pos().equals("POS");
    }

    /** A person's gender, from every mention of them: a courtesy title before it, or a first name. */
    public Gender genderOf(String key) {
        return genders.computeIfAbsent(key, this::readGender);
    }

    private Gender readGender(String key) {
        List<Token> tokens = doc.tokens();
        int male = 0;
        int female = 0;
        for (EntityMentions.Located m : mentions.all()) {
            if (!m.key().equals(key) || m.type() != EntityType.PERSON) {
                continue;
            }
            List<Gender> votes = new ArrayList<>();
            if (m.firstToken() > 0) {
                votes.add(Gender.ofWord(tokens.get(m.firstToken() - 1).text()));
            }
            if (m.endToken() - m.firstToken() >= 2) {
                votes.add(Gender.ofFirstName(tokens.get(m.firstToken()).text()));
            }
            for (Gender g : votes) {
                male += g == Gender.MALE ? 1 : 0;
                female += g == Gender.FEMALE ? 1 : 0;
            }
        }
        return male > female ? Gender.MALE : female > male ? Gender.FEMALE : Gender.UNKNOWN;
    }
}
