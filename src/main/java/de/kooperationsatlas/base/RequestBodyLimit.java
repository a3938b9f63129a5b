package de.kooperationsatlas.base;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses API request bodies above {@link InputLimits#bodySize()} (1 MB by default) with 413 before
 * they are parsed: a JSON body is read into memory whole. Multipart uploads (imports, the municipality
 * directory) have their own, larger limits ({@code spring.servlet.multipart.*}). A body sent without a
 * length is cut off at the limit, which the JSON reader then reports as unreadable (400).
 */
@Component
class RequestBodyLimit extends OncePerRequestFilter {

    private final InputLimits limits;
    private final MessageSource messages;

    RequestBodyLimit(InputLimits limits, MessageSource messages) {
        this.limits = limits;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long max = limits.bodySize().toBytes();
        if (request.getContentLengthLong() > max) {
            Locale locale = LocaleContextHolder.getLocale();
            String detail = messages.getMessage(
                    "limits.error.body", new Object[] {String.valueOf(max / 1024)}, "Request body too large", locale);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Content too large\",\"status\":413,\"detail\":\""
                            + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request, max) : request, response);
    }

    /** A request whose body ends after {@code max} bytes, for bodies sent without a length. */
    private static final class Capped extends HttpServletRequestWrapper {

        private final long max;

        Capped(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            var in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    if (read >= max) {
                        throw new IOException("The request body is larger than " + max + " bytes");
                    }
                    int b = in.read();
                    if (b >= 0) {
                        read++;
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    if (read >= max) {
                        throw new IOException("The request body is larger than " + max + " bytes");
                    }
                    int n = in.read(buffer, offset, (int) Math.min(length, max - read));
                    if (n > 0) {
                        read += n;
                    }
                    return n;
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
