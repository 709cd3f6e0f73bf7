package org.newsgraph.query;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.newsgraph.rdf.Vocab;

/**
 * How query results are printed. {@code csv}, {@code tsv} and {@code json} are for data tools
 * (pandas, R, spreadsheets): a plain header, IRIs written out in full (so they join across
 * tables), literals as their bare value. {@code srj} and {@code srx} are the SPARQL 1.1 results
 * formats, for SPARQL tools.
 */
public enum ResultFormat {
    /** An aligned text table for people, IRIs shortened with the newsgraph prefixes. */
    TABLE {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.out(out, results, Vocab.prefixMapping());
        }
    },
    /** RFC 4180 CSV (Jena's SPARQL 1.1 CSV results, which are already plain values). */
    CSV {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsCSV(out, results);
        }
    },
    /**
     * Tab-separated values with a plain header ({@code date}, not {@code ?date}) and plain values
     * ({@code 2025-02}, not {@code "2025-02"^^xsd:gYearMonth}). TSV cannot quote, so a tab or line
     * break inside a value becomes a space; an unbound value is an empty field.
     */
    TSV {
        @Override
        public void write(ResultSet results, OutputStream out) {
            PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            List<String> vars = results.getResultVars();
            writer.print(String.join("\t", vars) + "\n");
            while (results.hasNext()) {
                QuerySolution row = results.next();
                StringBuilder line = new StringBuilder();
                for (int i = 0; i < vars.size(); i++) {
                    line.append(i > 0 ? "\t" : "").append(tsvField(plain(row.get(vars.get(i)))));
                }
                writer.print(line.append('\n'));
            }
            writer.flush();
        }
    },
    /**
     * A JSON array of records, one object per row with every variable as a key ({@code null} when
     * unbound): {@code pandas.read_json(f)} and R's {@code jsonlite::fromJSON} read it as a table.
     * Numbers and booleans are JSON numbers and booleans; everything else is a string.
     */
    JSON {
        @Override
        public void write(ResultSet results, OutputStream out) {
            try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                json.writeStartArray();
                List<String> vars = results.getResultVars();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    json.writeStartObject();
                    for (String var : vars) {
                        json.writeFieldName(var);
                        writeJsonValue(json, row.get(var));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeRaw('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    },
    /** SPARQL 1.1 Query Results JSON ({@code application/sparql-results+json}). */
    SRJ {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsJSON(out, results);
        }
    },
    /** SPARQL Query Results XML ({@code application/sparql-results+xml}). */
    SRX {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsXML(out, results);
        }
    };

    private static final Set<String> INTEGER_TYPES = Set.of(XSDDatatype.XSDinteger.getURI(),
            XSDDatatype.XSDint.getURI(), XSDDatatype.XSDlong.getURI(), XSDDatatype.XSDnonNegativeInteger.getURI(),
            XSDDatatype.XSDpositiveInteger.getURI(), XSDDatatype.XSDshort.getURI());
    private static final Set<String> DECIMAL_TYPES = Set.of(XSDDatatype.XSDdecimal.getURI(),
            XSDDatatype.XSDdouble.getURI(), XSDDatatype.XSDfloat.getURI());

    public abstract void write(ResultSet results, OutputStream out);

    /** The name users type ({@code tsv}); picocli shows it in help, completion and error messages. */
    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An IRI as written, a literal's lexical form, a blank node as {@code _:label}, unbound as "". */
    static String plain(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.isURIResource() ? node.asResource().getURI() : "_:" + node.asResource().getId().getLabelString();
    }

    /** A value made safe for one TSV field: tabs and line breaks become spaces. */
    public static String tsvField(String value) {
        return value.replace('\t', ' ').replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }

    private static void writeJsonValue(JsonGenerator json, RDFNode node) throws IOException {
        if (node == null) {
            json.writeNull();
            return;
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String type = literal.getDatatypeURI();
            try {
                if (INTEGER_TYPES.contains(type)) {
                    json.writeNumber(new BigInteger(literal.getLexicalForm().strip()));
                    return;
                }
                if (DECIMAL_TYPES.contains(type)) {
                    json.writeNumber(new BigDecimal(literal.getLexicalForm().strip()));
                    return;
                }
            } catch (NumberFormatException e) {
                // An ill-typed literal ("NaN", "INF", a typo) stays a string rather than failing the output.
            }
            if (XSDDatatype.XSDboolean.getURI().equals(type)) {
                json.writeBoolean(Boolean.parseBoolean(literal.getLexicalForm().strip()));
                return;
            }
        }
        json.writeString(plain(node));
    }
}
