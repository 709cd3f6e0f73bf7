package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.NewsgraphException;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryParameter;

/**
 * The bundled queries for the explorer. {@code GET /queries} lists them as JSON;
 * {@code GET /queries/NAME?param=value} answers the query with its parameters bound, as SPARQL text
 * the page then sends to {@code /sparql}. Binding here keeps one implementation of the parameter
 * rules (names or IRIs, defaults, required ones) for the command line and the explorer.
 */
final class QueryCatalogueServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient QueryCatalogue catalogue = QueryCatalogue.bundled();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        if (name.isEmpty()) {
            response.setContentType("application/json");
            JSON.writeValue(response.getOutputStream(), listing());
            return;
        }
        try {
            CatalogueQuery query = catalogue.get(name);
            Map<String, String> values = new LinkedHashMap<>();
            request.getParameterMap().forEach((key, given) -> {
                if (given.length > 0 && !given[0].isBlank()) {
                    values.put(key, given[0]);
                }
            });
            response.setContentType("application/sparql-query; charset=utf-8");
            response.getWriter().write(query.bind(values).serialize());
        } catch (NewsgraphException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("text/plain; charset=utf-8");
            response.getWriter().write(e.getMessage());
        }
    }

    private List<Map<String, Object>> listing() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (CatalogueQuery q : catalogue.queries()) {
            List<Map<String, Object>> parameters = new ArrayList<>();
            for (QueryParameter p : q.parameters()) {
                Map<String, Object> param = new LinkedHashMap<>();
                param.put("name", p.name());
                param.put("meaning", p.meaning());
                param.put("default", p.defaultValue());
                param.put("required", p.required());
                parameters.add(param);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", q.name());
            entry.put("title", q.title());
            entry.put("description", q.description());
            entry.put("parameters", parameters);
            out.add(entry);
        }
        return out;
    }
}
