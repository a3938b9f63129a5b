package de.kooperationsatlas.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ColourScaleTest {

    @Test
    void zero_gets_a_grey_class_of_its_own_and_the_rest_quantile_classes_from_light_to_dark() {
        double[] values = {0, 0, 0, 0.5, 1, 1.5, 2, 3, 4, 5, 8, 10, 20};
        var legend = ColourScale.of(values);
        assertThat(legend.classes().getFirst().zero()).isTrue();
        assertThat(legend.classes().getFirst().colour()).isEqualTo(ColourScale.ZERO);
        assertThat(legend.classes().getFirst().count()).isEqualTo(3);
        var positive = legend.classes().subList(1, legend.classes().size());
        assertThat(positive).hasSize(5);
        assertThat(positive.stream().map(ColourScale.ColourClass::colour))
                .containsExactlyElementsOf(ColourScale.VIRIDIS);
        assertThat(positive.getLast().upper()).isEqualTo(20);
        // Every value falls into exactly one class, and the counts add up.
        for (double v : values) {
            assertThat(legend.classes().stream().filter(c -> c.contains(v))).hasSize(1);
        }
        assertThat(legend.classes().stream()
                        .mapToLong(ColourScale.ColourClass::count)
                        .sum())
                .isEqualTo(values.length);
        assertThat(legend.colourOf(20)).isEqualTo("#440154");
        assertThat(legend.colourOf(0.5)).isEqualTo("#fde725");
    }

    @Test
    void few_distinct_values_give_few_classes_spread_over_the_palette() {
        var legend = ColourScale.of(new double[] {0, 3, 3, 9});
        assertThat(legend.classes()).hasSize(3);
        assertThat(legend.classes().get(1).colour()).isEqualTo("#fde725");
        assertThat(legend.classes().get(2).colour()).isEqualTo("#440154");
        assertThat(legend.classes().get(1).label(Locale.GERMAN, 0)).isEqualTo("1–3");
        assertThat(legend.classes().get(2).label(Locale.GERMAN, 0)).isEqualTo("4–9");
        assertThat(ColourScale.of(new double[] {0, 0}).classes()).hasSize(1);
        assertThat(ColourScale.of(new double[] {0.25, 0.5}).classes().get(1).label(Locale.GERMAN, 2))
                .isEqualTo("> 0,25 – 0,50");
        assertThat(Arrays.stream(new double[] {}).count()).isZero();
        assertThat(ColourScale.of(new double[] {}).classes()).isEmpty();
    }

    @Test
    void a_value_shared_by_most_areas_fills_one_class_and_the_rest_is_still_split() {
        // As on a state's map: every municipality has the 6 state-wide actors, a few have more.
        double[] values = new double[218];
        java.util.Arrays.fill(values, 6);
        for (int i = 0; i < 22; i++) {
            values[i] = 7 + i * 0.7;
        }
        var legend = ColourScale.of(values);
        assertThat(legend.classes()).hasSize(5);
        assertThat(legend.classes().getFirst().upper()).isEqualTo(6);
        assertThat(legend.classes().getFirst().count()).isEqualTo(196);
        assertThat(legend.classes().getLast().upper()).isEqualTo(7 + 21 * 0.7);
        assertThat(legend.classes().stream()
                        .mapToLong(ColourScale.ColourClass::count)
                        .sum())
                .isEqualTo(218);
    }
}
