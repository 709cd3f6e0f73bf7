package org.newsgraph.query;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Vocab;

/**
 * CAMEO codes to their names ("04" to "consult", "041" to "discuss by telephone"), read from the
 * event classes of the ontology, which carry both.
 */
public final class CameoNames {
    private static final Map<String, String> NAMES = load();

    private CameoNames() {
    }

    /** Every code the ontology names, in code order. */
    public static Map<String, String> all() {
        return NAMES;
    }

    /** The name of a code, or of its nearest named ancestor ("0413" falls back to "041", then "04"). */
    public static String nameOf(String code) {
        for (String c = code; c != null && c.length() >= 2; c = c.length() > 2 ? c.substring(0, c.length() - 1) : null) {
            String name = NAMES.get(c);
            if (name != null) {
                return name;
            }
        }
        return "";
    }

    private static Map<String, String> load() {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Vocab.ONTOLOGY_RESOURCE);
        Map<String, String> names = new TreeMap<>();
        ontology.listStatements(null, ontology.createProperty(Vocab.NG + "cameoCode"), (String) null)
                .forEachRemaining((Statement s) -> {
                    Resource cls = s.getSubject();
                    Statement label = cls.getProperty(RDFS.label);
                    if (label != null) {
                        names.putIfAbsent(s.getString(), label.getString());
                    }
                });
        return Collections.unmodifiableMap(names);
    }
}
