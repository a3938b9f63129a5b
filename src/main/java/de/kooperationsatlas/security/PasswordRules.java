package de.kooperationsatlas.security;

import de.kooperationsatlas.base.InvalidInputException.Problem;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a password must be: at least {@value #MIN_CHARACTERS} characters, not only white space (no-break spaces included), and at
 * most {@value #MAX_BYTES} bytes in UTF-8, because bcrypt reads no further (a longer password would
 * otherwise be cut silently or refused by the library in English).
 */
public final class PasswordRules {

    public static final int MIN_CHARACTERS = 10;
    public static final int MAX_BYTES = 72;

    private PasswordRules() {}

    /** The problem with this password (field {@code password}), if any. */
    public static Optional<Problem> check(@Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of(new Problem("password", "user.error.password", MIN_CHARACTERS));
        }
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of(new Problem("password", "user.error.passwordBlank"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(new Problem("password", "user.error.passwordTooLong", MAX_BYTES));
        }
        return Optional.empty();
    }
}
