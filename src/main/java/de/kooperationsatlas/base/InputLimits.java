package de.kooperationsatlas.base;

import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one request may hold, so that one edit cannot occupy the store for minutes (an actor PUT
 * with 1.5 million topics ran 103 s and filled the transactions' memory pool). Checked before anything
 * else by the write services, each broken limit a problem naming its field; the body size is checked
 * by {@link RequestBodyLimit} before the body is read at all.
 *
 * @param listSize the most entries of one list field (serves, lifePhases, topics, covers, phases …)
 * @param textChars the most characters of a short text field (website, email, a topic label, a role)
 * @param bodySize the largest API request body, except multipart uploads (imports, directories)
 */
@ConfigurationProperties("atlas.limits")
public record InputLimits(
        @DefaultValue("200") int listSize,
        @DefaultValue("1000") int textChars,
        @DefaultValue("1MB") DataSize bodySize) {

    /** A check of one request's fields; {@link Check#require()} throws with every broken limit. */
    public Check check() {
        return new Check();
    }

    /** Collects the broken limits of one request. */
    public final class Check {

        private final List<Problem> problems = new ArrayList<>();

        private Check() {}

        /** A list field: at most {@code listSize} entries, each a text of at most {@code textChars}. */
        public Check list(String field, @Nullable Collection<String> values) {
            if (values == null) {
                return this;
            }
            if (values.size() > listSize) {
                problems.add(new Problem(field, "limits.error.list", listSize, values.size()));
                return this;
            }
            for (String value : values) {
                if (value != null && value.length() > textChars) {
                    problems.add(new Problem(field, "limits.error.text", textChars));
                    return this;
                }
            }
            return this;
        }

        /** A short text field: at most {@code textChars} characters. */
        public Check text(String field, @Nullable String value) {
            if (value != null && value.length() > textChars) {
                problems.add(new Problem(field, "limits.error.text", textChars));
            }
            return this;
        }

        /** Throws an {@link InvalidInputException} (400) naming every field over its limit. */
        public void require() {
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
    }
}
