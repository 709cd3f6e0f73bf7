package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerEntry;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.nlp.AnnotatedDocument;

/**
 * Groups the candidate mentions of one article into entities: one entity per gazetteer entry, full
 * names joined with their short forms ("Donald Trump" / "Trump"), acronyms with the name they
 * abbreviate, and everything else by normalised name. Gives each entity its store-wide key.
 */
final class EntityResolver {
    private final Gazetteer gazetteer;

    EntityResolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Entities in order of first mention, and for each candidate the key of its entity. */
    ResolvedEntities resolve(AnnotatedDocument doc, List<Candidate> candidates) {
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        Map<Candidate, Cluster> assignment = new LinkedHashMap<>();
        List<Candidate> pending = new ArrayList<>();
        Map<String, Cluster> qualifiedByBase = new LinkedHashMap<>();

        for (Candidate c : candidates) {
            GazetteerEntry entry = c.entry() != null ? c.entry() : personByFullName(c);
            if (entry != null) {
                assign(c, clusters.computeIfAbsent(entryKey(entry), k -> new Cluster(k, entry)), assignment);
            } else if (c.type() == EntityType.PERSON && c.tokenCount() > 1) {
                String key = "person/" + Names.slug(c.text());
                assign(c, clusters.computeIfAbsent(key, k -> new Cluster(k, EntityType.PERSON)), assignment);
            } else {
                pending.add(c);
            }
        }
        for (Candidate c : pending) {
            Cluster target = shortFormOf(c, clusters.values(), doc);
            // A lone surname is a known leader's even when the NER took it for a place ("[Trump]").
            if (target == null && c.tokenCount() == 1 && c.entry() == null) {
                GazetteerEntry known = personBySurname(c.text(), doc.article().published());
                if (known != null) {
                    target = clusters.computeIfAbsent(entryKey(known), k -> new Cluster(k, known));
                }
            }
            if (target == null) {
                target = byName(c, candidates, doc, clusters, qualifiedByBase);
            }
            assign(c, target, assignment);
        }

        List<Entity> entities = new ArrayList<>();
        for (Cluster cluster : clusters.values()) {
            entities.add(cluster.toEntity(doc));
        }
        Map<Candidate, String> keys = new LinkedHashMap<>();
        assignment.forEach((c, cluster) -> keys.put(c, cluster.key));
        return new ResolvedEntities(entities, keys);
    }

    /**
     * The cluster of an entity known by its name only. A national institution the NER found without
     * its nationality ("Russian | Foreign Ministry", "Ukraine's | Defense Ministry") is named with it,
     * so that the foreign ministries of two countries stay two entities across articles; a later
     * bare "the Foreign Ministry" joins it.
     */
    private static Cluster byName(Candidate c, List<Candidate> candidates, AnnotatedDocument doc,
                                  Map<String, Cluster> clusters, Map<String, Cluster> qualifiedByBase) {
        EntityType type = c.type();
        String base = Names.clean(c.text());
        String qualifier = type == EntityType.ORGANIZATION ? nationalQualifier(c, candidates, doc) : null;
        if (qualifier == null && qualifiedByBase.containsKey(Names.slug(base))) {
            return qualifiedByBase.get(Names.slug(base));
        }
        String name = qualifier == null ? base : qualifier + " " + base;
        String key = type.name().toLowerCase() + "/" + Names.slug(name);
        Cluster cluster = clusters.computeIfAbsent(key, k -> new Cluster(k, type, qualifier == null ? null : name));
        if (qualifier != null) {
            qualifiedByBase.putIfAbsent(Names.slug(base), cluster);
        }
        return cluster;
    }

    /** "Russian" or the country's demonym, when a nationality or country ('s) stands right before. */
    private static String nationalQualifier(Candidate c, List<Candidate> candidates, AnnotatedDocument doc) {
        for (Candidate p : candidates) {
            if (p.sentence() != c.sentence() || p.entry() == null || !(p.demonym() || p.type() == EntityType.COUNTRY)) {
                continue;
            }
            boolean adjacent = p.endToken() == c.firstToken();
            boolean possessive = p.endToken() == c.firstToken() - 1
                    && doc.tokens().get(p.endToken()).text().matches("['’]s");
            if (p.demonym() && adjacent) {
                return p.text();
            }
            if (p.type() == EntityType.COUNTRY && (adjacent || possessive) && !p.entry().demonyms().isEmpty()) {
                return p.entry().demonyms().get(0);
            }
        }
        return null;
    }

    private static void assign(Candidate c, Cluster cluster, Map<Candidate, Cluster> assignment) {
        cluster.members.add(c);
        assignment.put(c, cluster);
    }

    static String entryKey(GazetteerEntry entry) {
        return entry.id() != null ? entry.id() : entry.type().name().toLowerCase() + "/" + Names.slug(entry.name());
    }

    /** A full name CoreNLP found that the gazetteer knows only among weak entries ("Marco Rubio"). */
    private GazetteerEntry personByFullName(Candidate c) {
        if (c.type() != EntityType.PERSON || c.tokenCount() < 2) {
            return null;
        }
        GazetteerEntry found = null;
        for (GazetteerEntry e : gazetteer.byName(c.text())) {
            if (e.type() == EntityType.PERSON) {
                if (found != null && !found.equals(e)) {
                    return null; // two people of that name: link by name only
                }
                found = e;
            }
        }
        return found;
    }

    /**
     * The entity a one-word mention abbreviates: the person whose surname it is ("Holt", even when
     * the NER took it for a place), or the organisation whose acronym it is ("DGMO").
     */
    private static Cluster shortFormOf(Candidate c, Iterable<Cluster> clusters, AnnotatedDocument doc) {
        String word = Names.normalize(Names.clean(c.text()));
        for (Cluster cluster : clusters) {
            if (cluster.type == EntityType.PERSON && c.tokenCount() == 1
                    && cluster.surnames().contains(word)) {
                return cluster;
            }
        }
        if (c.type() == EntityType.ORGANIZATION && c.tokenCount() == 1 && isAcronym(c.text())) {
            for (Cluster cluster : clusters) {
                if (cluster.type == EntityType.ORGANIZATION && cluster.acronyms().contains(c.text())) {
                    return cluster;
                }
            }
        }
        return null;
    }

    private GazetteerEntry personBySurname(String surname, LocalDate published) {
        List<GazetteerEntry> people = gazetteer.personsBySurname(Names.clean(surname));
        List<GazetteerEntry> strong = people.stream().filter(GazetteerEntry::strong).toList();
        if (strong.size() == 1) {
            return strong.get(0);
        }
        if (published != null) {
            // Several leaders share the surname: take the one in office when the article appeared.
            List<GazetteerEntry> inOffice = strong.stream()
                    .filter(p -> gazetteer.rolesOf(p.id()).stream().anyMatch(r -> r.heldOn(published)))
                    .toList();
            if (inOffice.size() == 1) {
                return inOffice.get(0);
            }
        }
        return null;
    }

    static boolean isAcronym(String text) {
        return text.length() >= 2 && text.length() <= 6 && text.chars().allMatch(Character::isUpperCase);
    }

    /** The mentions gathered for one entity so far. */
    private static final class Cluster {
        final String key;
        final EntityType type;
        final GazetteerEntry entry;
        final List<Candidate> members = new ArrayList<>();
        final String fixedName;

        Cluster(String key, GazetteerEntry entry) {
            this.key = key;
            this.type = entry.type();
            this.entry = entry;
            this.fixedName = null;
        }

        Cluster(String key, EntityType type) {
            this(key, type, null);
        }

        /** A cluster known by name only; {@code fixedName}, when given, is its canonical name. */
        Cluster(String key, EntityType type, String fixedName) {
            this.key = key;
            this.type = type;
            this.entry = null;
            this.fixedName = fixedName;
        }

        Set<String> surnames() {
            Set<String> out = new LinkedHashSet<>();
            if (entry != null) {
                out.add(Names.normalize(Names.surname(entry.name())));
            }
            for (Candidate c : members) {
                if (c.tokenCount() > 1) {
                    out.add(Names.normalize(Names.surname(c.text())));
                }
            }
            return out;
        }

        Set<String> acronyms() {
            Set<String> out = new LinkedHashSet<>();
            for (String name : names()) {
                StringBuilder initials = new StringBuilder();
                for (String word : name.split("[\\s\\-]+")) {
                    if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                        initials.append(word.charAt(0));
                    }
                }
                if (initials.length() >= 2) {
                    out.add(initials.toString());
                }
            }
            return out;
        }

        Set<String> names() {
            Set<String> out = new LinkedHashSet<>();
            if (entry != null) {
                out.add(entry.name());
            }
            for (Candidate c : members) {
                if (!c.demonym()) {
                    out.add(Names.clean(c.text()));
                }
            }
            return out;
        }

        String canonicalName() {
            if (entry != null) {
                return entry.name();
            }
            if (fixedName != null) {
                return fixedName;
            }
            String best = null;
            for (Candidate c : members) {
                String name = Names.clean(c.text());
                if (!c.demonym() && (best == null || name.length() > best.length())) {
                    best = name;
                }
            }
            return best != null ? best : Names.clean(members.get(0).text());
        }

        Entity toEntity(AnnotatedDocument doc) {
            String name = canonicalName();
            Set<String> aliases = new LinkedHashSet<>();
            List<Mention> mentions = new ArrayList<>();
            for (Candidate c : members) {
                mentions.add(new Mention(c.span(), c.text(), c.sentence()));
                if (!c.text().equals(name)) {
                    aliases.add(c.text());
                }
            }
            String subtype = entry != null ? entry.subtype() : null;
            String wikidata = entry != null ? entry.id() : null;
            // Only where the entity is a place or country: a gazetteer place read as an organisation has none.
            Coordinates coordinates = entry != null && (type == EntityType.PLACE || type == EntityType.COUNTRY)
                    ? entry.coordinates() : null;
            return new Entity(key, type, subtype, name, aliases, wikidata, mentions, coordinates);
        }
    }

    /** The entities of one article and the entity key of every candidate mention. */
    record ResolvedEntities(List<Entity> entities, Map<Candidate, String> keys) {
    }
}
