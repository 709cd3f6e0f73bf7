package org.newsgraph.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.newsgraph.NewsgraphException;

/**
 * JSON-LD with the newsgraph context ({@code ontology/context.jsonld}) inline and first, then one
 * {@code @graph} entry per article graph: {@code {"@context": {...}, "@graph": [{"@id": "nga:...",
 * "@graph": [...]}, ...]}}. Each article is compacted on its own (RDF4J writes it expanded, Titanium
 * compacts it against the context) and written out straight away, so memory holds one article at a time.
 */
final class JsonLdGraphWriter implements AutoCloseable {
    /** Classpath location of the context, which also ships in the repository as ontology/context.jsonld. */
    static final String CONTEXT_RESOURCE = "org/newsgraph/ontology/context.jsonld";
    private static final JsonObject CONTEXT = readContext();

    private final JsonGenerator json;

    JsonLdGraphWriter(OutputStream out) {
        JsonGeneratorFactory factory = Json.createGeneratorFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        json = factory.createGenerator(out);
        json.writeStartObject();
        json.write("@context", CONTEXT.get("@context"));
        json.writeStartArray("@graph");
    }

    /** The context document, {@code {"@context": {...}}}. */
    static JsonObject context() {
        return CONTEXT;
    }

    /** Writes the statements of one named graph (or of the default graph, when they carry no context). */
    void writeGraph(List<Statement> statements) {
        if (statements.isEmpty()) {
            return;
        }
        try {
            JsonObject compacted = JsonLd.compact(JsonDocument.of(new ByteArrayInputStream(expanded(statements))),
                    JsonDocument.of(CONTEXT)).get();
            // One article: either a single node, or {"@id": graph, "@graph": [...]}; the shared context is written once above.
            json.writeStartObject();
            for (Map.Entry<String, JsonValue> entry : compacted.entrySet()) {
                if (!entry.getKey().equals("@context")) {
                    json.write(entry.getKey(), entry.getValue());
                }
            }
            json.writeEnd();
        } catch (JsonLdError e) {
            throw new NewsgraphException("cannot write JSON-LD (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        json.writeEnd();
        json.writeEnd();
        json.flush();
    }

    private static byte[] expanded(List<Statement> statements) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WriterConfig config = new WriterConfig();
        config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.EXPAND);
        config.set(JSONLDSettings.USE_NATIVE_TYPES, false);
        Rio.write(statements, buffer, RDFFormat.JSONLD, config);
        return buffer.toByteArray();
    }

    private static JsonObject readContext() {
        try (InputStream in = JsonLdGraphWriter.class.getClassLoader().getResourceAsStream(CONTEXT_RESOURCE)) {
            if (in == null) {
                throw new NewsgraphException(CONTEXT_RESOURCE + ": not on the classpath; rebuild with mvn package");
            }
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
