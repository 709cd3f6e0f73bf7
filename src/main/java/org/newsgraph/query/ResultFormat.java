package org.newsgraph.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;

/** How query results are printed. */
public enum ResultFormat {
    /** An aligned text table, IRIs shortened with the newsgraph prefixes. */
    TABLE {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.out(out, results, Vocab.prefixMapping());
        }
    },
    CSV {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsCSV(out, results);
        }
    },
    TSV {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsTSV(out, results);
        }
    },
    /** SPARQL 1.1 Query Results JSON. */
    JSON {
        @Override
        public void write(ResultSet results, OutputStream out) {
            ResultSetFormatter.outputAsJSON(out, results);
        }
    };

    public abstract void write(ResultSet results, OutputStream out);

    public static ResultFormat byName(String name) {
        return Arrays.stream(values())
                .filter(f -> f.name().equalsIgnoreCase(name.strip()))
                .findFirst()
                .orElseThrow(() -> new NewsgraphException("unknown result format '" + name + "'; use one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }
}
