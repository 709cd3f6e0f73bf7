package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.ingest.ArticleUrls;

/**
 * What every request to the server passes before Fuseki or the explorer sees it:
 *
 * <ul>
 *   <li>security headers on every answer: no MIME sniffing, a Content-Security-Policy that allows
 *       only the server's own scripts and styles and no framing (against clickjacking);
 *   <li>the {@code Host} header must be a loopback name when the server listens on loopback only, so
 *       a page on another site cannot reach it through DNS rebinding ({@code evil.example} resolving
 *       to 127.0.0.1);
 *   <li>a request body is at most {@link #MAX_QUERY_BYTES} (queries, updates) or
 *       {@link #MAX_GRAPH_BYTES} (Graph Store writes), with or without a Content-Length: parsing a
 *       query is not covered by the query timeout and grows faster than linearly (an 8 MB query took
 *       66 s of a core);
 *   <li>on a {@code --writable} server, a write must not come from a plain HTML form (a form can be
 *       posted cross-site without the browser asking first: {@code update=DROP ALL} wiped a store) nor
 *       from a page of another origin;
 *   <li>a {@code graph} parameter must be an IRI (it became a 500 "internal error").
 * </ul>
 */
final class RequestGuardFilter implements Filter {
    static final long MAX_QUERY_BYTES = 256 * 1024;
    static final long MAX_GRAPH_BYTES = 64L * 1024 * 1024;
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    /** Content types a cross-site HTML form or a "simple" cross-origin request can send. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    private final boolean loopbackOnly;
    private final boolean writable;

    RequestGuardFilter(boolean loopbackOnly, boolean writable) {
        this.loopbackOnly = loopbackOnly;
        this.writable = writable;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (loopbackOnly && !LOOPBACK_HOSTS.contains(hostName(request.getHeader("Host")))) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "Host " + request.getHeader("Host") + " is not this server's "
                    + "name (loopback only; start with --host to serve other names)");
            return;
        }
        long limit = request.getRequestURI().startsWith("/data") ? MAX_GRAPH_BYTES : MAX_QUERY_BYTES;
        if (request.getContentLengthLong() > limit) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body of "
                    + request.getContentLengthLong() + " bytes, the limit is " + limit);
            return;
        }
        if (writable && isWrite(request)) {
            String why = whyRefuseWrite(request);
            if (why != null) {
                refuse(response, HttpServletResponse.SC_FORBIDDEN, why);
                return;
            }
        }
        String graph = request.getRequestURI().startsWith("/data") ? request.getParameter("graph") : null;
        if (graph != null && !graph.equals("default") && ArticleUrls.iriProblem(graph).isPresent()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "graph=" + graph + ": "
                    + ArticleUrls.iriProblem(graph).get());
            return;
        }
        if (request.getContentLengthLong() < 0 && hasBody(request) && !FORM_TYPES.contains(mediaType(request))) {
            // Sent without a length (chunked): read it ahead, at most to the limit. (Form bodies are
            // parsed by Jetty itself, which has its own limit of 200,000 bytes.)
            byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "request body over the limit of "
                        + limit + " bytes");
                return;
            }
            request = new ReadAheadRequest(request, body);
        }
        chain.doFilter(request, response);
    }

    /** The host name of a Host header, without the port ({@code [::1]:3030} -> {@code [::1]}). */
    static String hostName(String host) {
        if (host == null) {
            return "";
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon > name.lastIndexOf(']')) {
            name = name.substring(0, colon);
        }
        return name;
    }

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        if (method.equals("PUT") || method.equals("DELETE") || method.equals("PATCH")) {
            return true;
        }
        if (!method.equals("POST")) {
            return false;
        }
        String path = request.getRequestURI();
        return path.startsWith("/data") || path.startsWith("/update") || mediaType(request).equals("application/sparql-update")
                || (FORM_TYPES.contains(mediaType(request)) && !path.startsWith("/queries") && request.getParameter("update") != null);
    }

    private static boolean hasBody(HttpServletRequest request) {
        return request.getMethod().equals("POST") || request.getMethod().equals("PUT") || request.getMethod().equals("PATCH");
    }

    private static String whyRefuseWrite(HttpServletRequest request) {
        if (FORM_TYPES.contains(mediaType(request))) {
            return "writes are not accepted from forms (" + mediaType(request) + "); send SPARQL Update as "
                    + "application/sparql-update, graphs in an RDF syntax";
        }
        String origin = request.getHeader("Origin");
        String host = request.getHeader("Host") == null ? "" : request.getHeader("Host").strip().toLowerCase(Locale.ROOT);
        // Same origin: the page's host and port are the ones this request was sent to.
        if (origin != null && !origin.equals("null")
                && !origin.replaceFirst("^[a-zA-Z]+://", "").toLowerCase(Locale.ROOT).equals(host)) {
            return "writes from another origin (" + origin + ") are not accepted";
        }
        if ("null".equals(origin)) {
            return "writes from an opaque origin are not accepted";
        }
        return null;
    }

    private static String mediaType(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null ? "" : type.replaceFirst(";.*", "").strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain; charset=utf-8");
        response.getWriter().println(message);
    }

    /** A request whose body was read ahead (it came without a length), served from memory. */
    private static final class ReadAheadRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadAheadRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking input only");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
        }
    }
}
