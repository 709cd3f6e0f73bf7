package org.newsgraph.rdf;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Types an extracted date by how much of it is known: {@code 2025-05-19} is an {@code xsd:date},
 * {@code 2025-05} an {@code xsd:gYearMonth}, {@code 2025} an {@code xsd:gYear}. Claiming a day when only
 * the month is known would make timelines lie.
 */
public final class TimeStamps {
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private TimeStamps() {
    }

    /** The typed literal, or empty when the string is none of the three forms (it is then left out). */
    public static Optional<Node> literal(String date) {
        if (date == null) {
            return Optional.empty();
        }
        XSDDatatype type;
        if (DATE.matcher(date).matches()) {
            type = XSDDatatype.XSDdate;
        } else if (YEAR_MONTH.matcher(date).matches()) {
            type = XSDDatatype.XSDgYearMonth;
        } else if (YEAR.matcher(date).matches()) {
            type = XSDDatatype.XSDgYear;
        } else {
            return Optional.empty();
        }
        // A well-formed shape can still be a bad value (2025-13-40): check before writing it.
        return type.isValid(date) ? Optional.of(NodeFactory.createLiteralDT(date, type)) : Optional.empty();
    }
}
