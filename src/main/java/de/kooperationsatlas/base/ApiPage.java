package de.kooperationsatlas.base;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list as the API answers it: {@code {content, page, size, totalElements}}, pages counted
 * from 0.
 */
@Schema(description = "One page of a list; pages are counted from 0.")
public record ApiPage<T>(
        @Schema(description = "The items of this page.") List<T> content,

        @Schema(description = "The page number, from 0.", example = "0")
        int page,

        @Schema(description = "The page size asked for (default 20, at most 200).", example = "20")
        int size,

        @Schema(description = "How many items match, over all pages.", example = "59")
        long totalElements) {

    /** The page of a list held in memory (for the short lists of networks, chains, events and users). */
    public static <S, T> ApiPage<T> of(List<S> all, Request request, Function<S, T> mapping) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = (int) Math.min(all.size(), request.offset() + request.size());
        return new ApiPage<>(
                all.subList(from, to).stream().map(mapping).toList(), request.page(), request.size(), all.size());
    }

    /**
     * The two query parameters of a paged list as the API documents them; {@code @ParameterObject} in a
     * controller method lists them. Kept as text, so that a bad value gets this app's 400, not Spring's.
     */
    public record Query(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = "integer", defaultValue = "0"))
            @Nullable
            String page,

            @Parameter(
                    description = "Page size, 1 to 200",
                    schema = @Schema(type = "integer", defaultValue = "20", maximum = "200"))
            @Nullable
            String size) {

        public Request request() {
            return Request.parse(page, size);
        }
    }

    /** What a client asked for: {@code page} (from 0) and {@code size} (default 20, at most 200). */
    public record Request(int page, int size) {

        public static final int DEFAULT_SIZE = 20;
        public static final int MAX_SIZE = 200;
        /** Far beyond any store this app holds, low enough that {@code page * size} stays a safe number. */
        public static final int MAX_PAGE = 10_000_000;

        /** Parses the two query parameters; a bad value is an {@link IllegalArgumentException} naming it (400). */
        public static Request parse(@Nullable String page, @Nullable String size) {
            return new Request(number("page", page, 0, 0, MAX_PAGE), number("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
        }

        public long offset() {
            return (long) page * size;
        }

        private static int number(String name, @Nullable String value, int fallback, int min, int max) {
            if (value == null || value.isBlank()) {
                return fallback;
            }
            String clean = value.strip();
            long parsed;
            try {
                parsed = Long.parseLong(clean);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("The parameter " + name + " must be a whole number from " + min
                        + " to " + max + ", not '" + abbreviate(clean) + "'");
            }
            if (parsed < min || parsed > max) {
                throw new IllegalArgumentException(
                        "The parameter " + name + " must be from " + min + " to " + max + ", not " + abbreviate(clean));
            }
            return (int) parsed;
        }

        private static String abbreviate(String value) {
            return value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
