package org.newsgraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Holds an answer back until it is complete, up to {@link #MAX_HELD_BYTES}, so that a query
 * cancelled by the timeout after its first results ends in an HTTP error (503) instead of a 200 with
 * truncated JSON that a client may take for the whole answer. Larger answers stream as before once
 * they pass the limit: the status is sent then, and a later timeout cuts the stream short.
 */
final class WholeAnswerFilter implements Filter {
    static final int MAX_HELD_BYTES = 16 * 1024 * 1024;
    /** The status of a query stopped by the time limit, as Fuseki answers one stopped before output. */
    private static final int SC_TIMEOUT = HttpServletResponse.SC_SERVICE_UNAVAILABLE;

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HeldResponse held = new HeldResponse((HttpServletResponse) res);
        chain.doFilter(req, held);
        held.release();
    }

    /** A response whose body stays in memory until {@link #release()} or until it outgrows the limit. */
    private static final class HeldResponse extends HttpServletResponseWrapper {
        private final HttpServletResponse response;
        private ByteArrayOutputStream held = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        HeldResponse(HttpServletResponse response) {
            super(response);
            this.response = response;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        if (held != null && held.size() + length > MAX_HELD_BYTES) {
                            streamFromNowOn();
                        }
                        if (held != null) {
                            held.write(bytes, offset, length);
                        } else {
                            response.getOutputStream().write(bytes, offset, length);
                        }
                    }

                    @Override
                    public void flush() throws IOException {
                        if (held == null) {
                            response.getOutputStream().flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (held == null) {
                response.flushBuffer();
            }
        }

        @Override
        public boolean isCommitted() {
            return held == null && response.isCommitted();
        }

        @Override
        public void reset() {
            response.reset();
            if (held != null) {
                held.reset();
            }
        }

        @Override
        public void resetBuffer() {
            response.resetBuffer();
            if (held != null) {
                held.reset();
            }
        }

        /**
         * Fuseki reports a timeout during output by setting an error status and appending a note to
         * the results written so far; while they are still held, they are dropped, so the client gets
         * the error and the note alone, as text.
         */
        @Override
        public void setStatus(int status) {
            if (held != null && held.size() > 0 && status >= 400) {
                // An error after results were written: the time limit struck during output (Fuseki says 400).
                held.reset();
                response.setContentType("text/plain; charset=utf-8");
                response.setStatus(status == HttpServletResponse.SC_BAD_REQUEST ? SC_TIMEOUT : status);
                return;
            }
            response.setStatus(status);
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (held != null) {
                held.reset(); // what was written so far is not the answer
            }
            response.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        private void streamFromNowOn() throws IOException {
            ByteArrayOutputStream bytes = held;
            held = null;
            bytes.writeTo(response.getOutputStream());
        }

        /** Sends what was held, now that the answer is complete. */
        void release() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (held != null && held.size() > 0 && !response.isCommitted()) {
                response.setContentLength(held.size());
                held.writeTo(response.getOutputStream());
            }
            held = null;
        }
    }
}
