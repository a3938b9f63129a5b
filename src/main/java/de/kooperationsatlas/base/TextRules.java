package de.kooperationsatlas.base;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The one rule for keys and names, used by the forms, the API and the import alike. A key (an actor's,
 * network's, chain's or event's id) is matched by people and other systems as it is written, so it
 * must not hold characters one cannot see: control characters, zero-width characters and
 * right-to-left or other direction marks would make two different ids look the same. A name may hold
 * any visible text and line breaks, but no other control characters (a NUL cuts it off in other
 * tools). Spaces and umlauts stay allowed in ids.
 */
public final class TextRules {

    /** The longest id. */
    public static final int MAX_ID = 100;

    /** The shape of an id: no {@code |} (the list separator), no outer blanks, at most 100 characters. */
    private static final Pattern ID_SHAPE = Pattern.compile("[^|\\s](?:[^|]{0,98}[^|\\s])?");

    private TextRules() {}

    /**
     * A broken rule as an i18n key (under {@code text.error.}) and its arguments.
     *
     * @param messageKey the message's key
     * @param args the message's arguments
     */
    public record Violation(String messageKey, List<Object> args) {

        public Violation {
            args = List.copyOf(args);
        }
    }

    /**
     * Why this (non-empty) id is refused, or {@code null} when it is fine. The message shows the id with
     * every invisible character spelled out ({@code U+200B}), so the user sees what to remove.
     */
    public static @Nullable Violation checkId(String id) {
        int at = firstInvisible(id);
        if (at >= 0) {
            int cp = id.codePointAt(at);
            return new Violation(
                    "text.error.idInvisible", List.of(shown(id), codePoint(cp), id.codePointCount(0, at) + 1));
        }
        if (!ID_SHAPE.matcher(id).matches()) {
            return new Violation("text.error.id", List.of(id));
        }
        return null;
    }

    /**
     * Why this name is refused (a control character such as NUL; tab and line breaks excepted), or
     * {@code null} when it is fine.
     */
    public static @Nullable Violation checkName(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            // Tabs and line breaks are how a spreadsheet cell spans lines; other controls are never text.
            if (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
                return new Violation("text.error.control", List.of(codePoint(cp), name.codePointCount(0, i) + 1));
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    /** Adds the problem of this (non-empty) id at the field, if it breaks the rule (forms and API). */
    public static void checkId(String field, String id, List<InvalidInputException.Problem> problems) {
        var broken = checkId(id);
        if (broken != null) {
            problems.add(new InvalidInputException.Problem(field, broken.messageKey(), broken.args()));
        }
    }

    /** Adds the problem of this name at the field, if it breaks the rule (forms and API). */
    public static void checkName(String field, String name, List<InvalidInputException.Problem> problems) {
        var broken = checkName(name);
        if (broken != null) {
            problems.add(new InvalidInputException.Problem(field, broken.messageKey(), broken.args()));
        }
    }

    /** The text with every character an id must not hold written as {@code ⟨U+200B⟩}. */
    public static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            if (invisible(cp)) {
                out.append('⟨').append(codePoint(cp)).append('⟩');
            } else {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** The char index of the first character an id must not hold, or -1. */
    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (invisible(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Control characters (NUL, tab, line breaks), format characters (zero-width space and joiners, the
     * byte-order mark, soft hyphen, left-to-right and right-to-left marks, embeddings, overrides and
     * isolates), line and paragraph separators, private-use, unassigned and lone surrogate code points.
     */
    private static boolean invisible(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL,
                    Character.FORMAT,
                    Character.LINE_SEPARATOR,
                    Character.PARAGRAPH_SEPARATOR,
                    Character.PRIVATE_USE,
                    Character.UNASSIGNED,
                    Character.SURROGATE -> true;
            default -> false;
        };
    }

    private static String codePoint(int cp) {
        return "U+%04X".formatted(cp);
    }
}
