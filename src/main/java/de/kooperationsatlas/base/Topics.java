package de.kooperationsatlas.base;

import java.text.Normalizer;
import java.util.Locale;

/** Topics are an open vocabulary keyed by the slug of their label. */
public final class Topics {

    private Topics() {}

    /**
     * The contract's slug: lower case, ä→ae ö→oe ü→ue ß→ss, every other run of non-alphanumerics
     * becomes {@code -}, none at either end ({@code Medien & Digitales} → {@code medien-digitales}).
     */
    public static String slug(String label) {
        String lower = label.toLowerCase(Locale.ROOT)
                .replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("ß", "ss");
        // Other accents (é, ñ) keep their base letter.
        String plain = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
