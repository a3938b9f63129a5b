package de.kooperationsatlas.base;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/** What the API's controllers share when they read a JSON body or write an answer. */
public final class ApiBodies {

    private ApiBodies() {}

    /** A list from a body: missing is empty, null items are dropped. */
    public static List<String> list(@Nullable List<@Nullable String> values) {
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).toList();
    }

    /** Text from a body: missing is empty (the services report a required field). */
    public static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    /** A point in time as the API writes it: ISO 8601 with offset. */
    public static @Nullable OffsetDateTime offset(@Nullable ZonedDateTime value) {
        return value == null ? null : value.toOffsetDateTime();
    }

    /**
     * The key of a PUT: the one in the path. A body may repeat it but not name another, which would be
     * an attempt to rename ({@code idChangedKey} is the i18n key saying so).
     */
    public static String key(@Nullable String bodyId, String pathId, String idChangedKey) {
        if (bodyId != null && !bodyId.strip().equals(pathId)) {
            throw new InvalidInputException("id", idChangedKey, pathId);
        }
        return pathId;
    }

    /** The location of a created thing: {@code prefix} and the key as one path segment. */
    public static URI location(String prefix, String key) {
        return URI.create(prefix + "/" + UriUtils.encodePathSegment(key, "UTF-8"));
    }
}
