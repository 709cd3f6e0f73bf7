package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;

/**
 * Serves the explorer's static files and the graph library's WebJar from the classpath, so the
 * explorer works from target/classes and from a jar alike, with no CDN. Everything else goes on to
 * Fuseki. {@code GET /} without a query string is the explorer's page; with one it is SPARQL.
 */
final class ExplorerFilter implements Filter {
    private static final String EXPLORER = "org/newsgraph/explorer/";
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String resource = classpathResource(request);
        if (resource == null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(req, res);
            return;
        }
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, request.getRequestURI());
                return;
            }
            String extension = resource.substring(resource.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    /** The classpath resource the request names, or null when the request is not for a static file. */
    private static String classpathResource(HttpServletRequest request) {
        String path = request.getRequestURI();
        if (path.contains("..")) {
            return null;
        }
        if (path.equals("/") && request.getQueryString() == null) {
            return EXPLORER + "index.html";
        }
        if (path.startsWith("/explorer/") && path.length() > "/explorer/".length()) {
            return EXPLORER + path.substring("/explorer/".length());
        }
        if (path.startsWith("/webjars/")) {
            return webjarResource(path.substring("/webjars/".length()));
        }
        return null;
    }

    /**
     * {@code NAME/FILE} in the npm WebJar NAME at the version on the classpath, so the pages name no
     * version and the pom.xml alone pins it.
     */
    private static String webjarResource(String nameAndFile) {
        int slash = nameAndFile.indexOf('/');
        if (slash <= 0) {
            return null;
        }
        String name = nameAndFile.substring(0, slash);
        String properties = "META-INF/maven/org.webjars.npm/" + name + "/pom.properties";
        try (InputStream in = ExplorerFilter.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                return null;
            }
            Properties pom = new Properties();
            pom.load(in);
            return WEBJARS + name + "/" + pom.getProperty("version") + nameAndFile.substring(slash);
        } catch (IOException e) {
            return null;
        }
    }
}
