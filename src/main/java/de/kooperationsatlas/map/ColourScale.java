package de.kooperationsatlas.map;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Colour classes for a choropleth: a class of its own for 0 (grey, "none") and up to five classes of
 * the positive values by quantiles (about as many areas in each class), coloured with the viridis palette from light (low) to dark (high),
 * which stays distinguishable with the common colour-vision deficiencies and in greyscale print.
 */
public final class ColourScale {

    /** Grey for the value 0: no actors, nothing covered. */
    public static final String ZERO = "#e3e3e3";

    /** Viridis at 1, 0.75, 0.5, 0.25, 0: light yellow to dark violet. */
    static final List<String> VIRIDIS = List.of("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154");

    private static final int MAX_CLASSES = VIRIDIS.size();

    private ColourScale() {}

    /**
     * One class: values {@code v} with {@code lower < v <= upper}; the zero class has lower = upper = 0
     * and holds exactly 0.
     */
    public record ColourClass(double lower, double upper, String colour, long count) {

        public boolean zero() {
            return upper == 0.0;
        }

        public boolean contains(double value) {
            return zero() ? value == 0.0 : value > lower && value <= upper;
        }

        /** "0", "1–2", "> 0,25–0,50", shown with the figure's decimals in the given locale. */
        public String label(Locale locale, int decimals) {
            if (zero()) {
                return "0";
            }
            var format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(decimals);
            format.setMaximumFractionDigits(decimals);
            if (decimals == 0) {
                long from = (long) Math.floor(lower) + 1;
                long to = (long) Math.floor(upper);
                return from >= to ? format.format(to) : format.format(from) + "–" + format.format(to);
            }
            return "> " + format.format(lower) + " – " + format.format(upper);
        }
    }

    /** The classes of a legend, lowest first. */
    public record Legend(List<ColourClass> classes) {

        /** The colour of the class holding {@code value} (the darkest for a value above every class). */
        public String colourOf(double value) {
            for (var c : classes) {
                if (c.contains(value)) {
                    return c.colour();
                }
            }
            return classes.isEmpty() ? ZERO : classes.getLast().colour();
        }
    }

    /** Classes for these values (negative values count as 0). */
    public static Legend of(double[] values) {
        double[] positive = Arrays.stream(values).filter(v -> v > 0).sorted().toArray();
        long zeros = values.length - positive.length;
        var classes = new ArrayList<ColourClass>();
        if (zeros > 0) {
            classes.add(new ColourClass(0, 0, ZERO, zeros));
        }
        long distinct = Arrays.stream(positive).distinct().count();
        int left = (int) Math.min(MAX_CLASSES, distinct);
        // Quantiles, taken again on what is left after each class: a value shared by many areas (every
        // municipality of a state has the state-wide actors) fills one class instead of swallowing several.
        List<Double> uppers = new ArrayList<>();
        int next = 0;
        while (next < positive.length && left > 0) {
            int index = next + (int) Math.ceil((double) (positive.length - next) / left) - 1;
            double upper = positive[index];
            uppers.add(upper);
            while (next < positive.length && positive[next] <= upper) {
                next++;
            }
            left--;
        }
        if (next < positive.length) {
            uppers.set(uppers.size() - 1, positive[positive.length - 1]);
        }
        double lower = 0;
        for (int i = 0; i < uppers.size(); i++) {
            double upper = uppers.get(i);
            double from = lower;
            long count =
                    Arrays.stream(positive).filter(v -> v > from && v <= upper).count();
            classes.add(new ColourClass(lower, upper, colour(i, uppers.size()), count));
            lower = upper;
        }
        return new Legend(List.copyOf(classes));
    }

    /** Spreads {@code n} classes over the palette, so that two classes are light and dark, not neighbours. */
    private static String colour(int index, int n) {
        if (n == 1) {
            return VIRIDIS.get(2);
        }
        return VIRIDIS.get((int) Math.round(index * (MAX_CLASSES - 1.0) / (n - 1)));
    }
}
