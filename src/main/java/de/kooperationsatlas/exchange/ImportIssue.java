package de.kooperationsatlas.exchange;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * A problem found while reading or validating, before it is put into words: where it is and the i18n
 * key of its message with the message's arguments.
 *
 * @param file the file's name
 * @param line the physical line (header = 1), or {@code null} for a problem of the whole file
 * @param column the header's name, or {@code null} for a problem of the whole file or line
 * @param messageKey the i18n key under {@code import.error.}
 * @param args the message's arguments
 */
public record ImportIssue(
        String file, @Nullable Integer line, @Nullable String column, String messageKey, List<Object> args) {

    public ImportIssue {
        args = List.copyOf(args);
    }

    static ImportIssue ofFile(String file, String messageKey, Object... args) {
        return new ImportIssue(file, null, null, messageKey, List.of(args));
    }

    static ImportIssue at(String file, int line, @Nullable String column, String messageKey, Object... args) {
        return new ImportIssue(file, line, column, messageKey, List.of(args));
    }

    /** A message argument that is itself put into words (e.g. which keys a column takes). */
    public record Key(String messageKey) {}

    /** The problem in words, in German or English. */
    public ImportProblem inWords(MessageSource messages, Locale locale) {
        Object[] words = args.stream()
                .map(a -> a instanceof Key key
                        ? messages.getMessage(key.messageKey(), null, key.messageKey(), locale)
                        : a)
                .toArray();
        return new ImportProblem(file, line, column, messages.getMessage(messageKey, words, messageKey, locale));
    }
}
