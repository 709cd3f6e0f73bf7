package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;

/**
 * One query of the catalogue: its SPARQL text and what its header comment says about it.
 *
 * <p>The header is the run of comment lines at the top of the file:
 * <pre>
 * # title: Who met whom
 * # description: Meetings, calls and visits (CAMEO 04) between two actors.
 * # param: status — only events with this ng: status, e.g. Occurred (optional)
 * # param: root — the CAMEO root code (default 04)
 * </pre>
 * A parameter {@code name} is the SPARQL variable {@code ?name} in the query body.
 */
public record CatalogueQuery(String name, String title, String description, List<QueryParameter> parameters, String sparql) {
    private static final Pattern FIELD = Pattern.compile("^#\\s*(title|description|param)\\s*:\\s*(.*)$");
    private static final Pattern PARAM = Pattern.compile(
            "^(\\w+)\\s*(?:—|–|--|-|:)\\s*(.*?)\\s*(?:\\((default\\s+(.*?)|optional)\\))?\\s*$");
    private static final Pattern ABSOLUTE_IRI = Pattern.compile("^(https?|urn|file):\\S+$");
    /**
     * Prefixed names users may pass instead of full IRIs: {@code nge:Q7747}, {@code ngr:entity/Q7747},
     * {@code ngperson:ola-berg}, {@code ngev:5d1e...}, {@code wd:Q7747}, {@code ng:Occurred}: any
     * newsgraph prefix ({@code ng} followed by letters) and {@code wd}.
     */
    private static final Pattern PREFIXED_NAME = Pattern.compile("^(ng[a-z]*|wd):(\\S+)$");

    public CatalogueQuery {
        parameters = List.copyOf(parameters);
    }

    /** Reads a query from a {@code .rq} file, named by the file name without the extension. */
    public static CatalogueQuery fromFile(java.nio.file.Path file) {
        try {
            String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
            return parse(name, java.nio.file.Files.readString(file), file.toString());
        } catch (java.io.IOException e) {
            throw new NewsgraphException(file + ": cannot read query: " + e.getMessage(), e);
        }
    }

    /** Reads the header of {@code text}; {@code source} names the file in error messages. */
    public static CatalogueQuery parse(String name, String text, String source) {
        String title = null;
        StringBuilder description = new StringBuilder();
        List<QueryParameter> parameters = new ArrayList<>();
        int lineNumber = 0;
        for (String line : text.lines().toList()) {
            lineNumber++;
            String trimmed = line.strip();
            if (!trimmed.startsWith("#")) {
                break;
            }
            Matcher field = FIELD.matcher(trimmed);
            if (!field.matches()) {
                continue;
            }
            String value = field.group(2).strip();
            switch (field.group(1)) {
                case "title" -> title = value;
                case "description" -> description.append(description.length() > 0 ? " " : "").append(value);
                default -> parameters.add(parseParameter(value, source, lineNumber));
            }
        }
        if (title == null) {
            throw new NewsgraphException(source + ": no '# title:' line in the header comment");
        }
        return new CatalogueQuery(name, title, description.toString(), parameters, text);
    }

    private static QueryParameter parseParameter(String value, String source, int lineNumber) {
        Matcher param = PARAM.matcher(value);
        if (!param.matches()) {
            throw new NewsgraphException(source + ":" + lineNumber + ": a parameter line reads "
                    + "'# param: name — meaning (default value)', not '" + value + "'");
        }
        String defaultValue = param.group(4) == null ? null : unquote(param.group(4).strip());
        boolean optional = "optional".equals(param.group(3));
        return new QueryParameter(param.group(1), param.group(2), defaultValue, optional);
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * The query with the parameters substituted: a value that looks like an IRI (or a {@code ngr:},
     * {@code wd:} or {@code ng:} prefixed name) becomes an IRI, anything else a string literal.
     *
     * @throws NewsgraphException for an unknown parameter or a missing required one
     */
    public Query bind(Map<String, String> values) {
        for (String given : values.keySet()) {
            if (parameters.stream().noneMatch(p -> p.name().equals(given))) {
                throw new NewsgraphException("query '" + name + "' has no parameter '" + given + "'"
                        + (parameters.isEmpty() ? "" : "; its parameters: " + parameterNames()));
            }
        }
        ParameterizedSparqlString pss = new ParameterizedSparqlString(sparql);
        for (QueryParameter parameter : parameters) {
            String value = values.getOrDefault(parameter.name(), parameter.defaultValue());
            if (value == null) {
                if (parameter.required()) {
                    throw new NewsgraphException("query '" + name + "' needs the parameter '" + parameter.name()
                            + "' (" + parameter.meaning() + ")");
                }
                continue;
            }
            String iri = asIri(value.strip());
            if (iri != null) {
                try {
                    pss.setIri(parameter.name(), iri);
                } catch (RuntimeException e) {
                    // Jena refuses an IRI that would break out of <...> (a '>' or a space): injection or a typo.
                    throw new NewsgraphException("parameter " + parameter.name() + ": not a valid IRI: " + iri, e);
                }
            } else {
                pss.setLiteral(parameter.name(), value.strip());
            }
        }
        try {
            return pss.asQuery();
        } catch (QueryParseException e) {
            throw new NewsgraphException("query '" + name + "': not valid SPARQL (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    private String parameterNames() {
        return parameters.stream().map(QueryParameter::name).collect(Collectors.joining(", "));
    }

    /** The full IRI the value stands for, or null when it is to be taken as a string. */
    static String asIri(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return value.substring(1, value.length() - 1);
        }
        Matcher prefixed = PREFIXED_NAME.matcher(value);
        if (prefixed.matches() && Vocab.prefixes().containsKey(prefixed.group(1))) {
            return Vocab.prefixes().get(prefixed.group(1)) + prefixed.group(2);
        }
        return ABSOLUTE_IRI.matcher(value).matches() ? value : null;
    }
}
