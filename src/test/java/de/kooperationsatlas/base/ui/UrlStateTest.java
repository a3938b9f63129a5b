package de.kooperationsatlas.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import de.kooperationsatlas.base.LifePhase;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The one way views keep their state in the URL: parameters read into fields and written back. */
class UrlStateTest {

    private final Div view = new Div();
    private final ComboBox<String> region = new ComboBox<>();
    private final Select<LifePhase> phase = new Select<>();
    private final TextField text = new TextField();
    private final NumberField radius = new NumberField();
    private final AtomicReference<String> actor = new AtomicReference<>();
    private final UrlState url = new UrlState(view, "graph")
            .bind("region", region, UrlParameter.of(ags -> ags, UrlStateTest::known))
            .bind("phase", phase, UrlParameter.code(LifePhase::ofCode))
            .bind("q", text, UrlParameter.text())
            .bind("radiusKm", radius, UrlParameter.number())
            .bind("actor", actor::get, actor::set);

    UrlStateTest() {
        region.setItems("15085", "01051");
    }

    private static Optional<String> known(String ags) {
        return List.of("15085", "01051").contains(ags) ? Optional.of(ags) : Optional.empty();
    }

    @Test
    void a_link_sets_every_bound_field_and_value() {
        url.read(new Location("graph?region=15085&phase=DAYCARE&q=Harz%20Nord&radiusKm=25.0&actor=HZ-GA"));

        assertThat(region.getValue()).isEqualTo("15085");
        assertThat(phase.getValue()).isEqualTo(LifePhase.DAYCARE);
        assertThat(text.getValue()).isEqualTo("Harz Nord");
        assertThat(radius.getValue()).isEqualTo(25.0);
        assertThat(actor.get()).isEqualTo("HZ-GA");
    }

    @Test
    void the_state_is_written_back_as_the_same_query() {
        var link = new Location("graph?region=15085&phase=DAYCARE&q=Harz%20Nord&radiusKm=25.0&actor=HZ-GA");
        url.read(link);

        assertThat(url.location().getPath()).isEqualTo("graph");
        assertThat(url.parameters().getParameters())
                .isEqualTo(link.getQueryParameters().getParameters());
    }

    @Test
    void missing_and_unknown_parameters_leave_the_fields_empty() {
        url.read(new Location("graph?region=15085&phase=DAYCARE&q=x&radiusKm=3&actor=A"));
        var unknown = url.read(new Location("graph?region=99999&phase=NOPE&radiusKm=far"));

        assertThat(unknown)
                .containsExactly(
                        Map.entry("region", "99999"), Map.entry("phase", "NOPE"), Map.entry("radiusKm", "far"));

        assertThat(region.getValue()).isNull();
        assertThat(phase.getValue()).isNull();
        assertThat(text.getValue()).isEmpty();
        assertThat(radius.getValue()).isNull();
        assertThat(actor.get()).isNull();
        assertThat(url.parameters().getParameters()).isEmpty();
    }

    @Test
    void blank_parameters_count_as_missing_and_values_are_stripped() {
        url.read(new Location("graph?region=%2015085%20&q=%20%20"));

        assertThat(region.getValue()).isEqualTo("15085");
        assertThat(text.getValue()).isEmpty();
    }

    @Test
    void cleared_fields_leave_the_url() {
        url.read(new Location("graph?region=15085&phase=DAYCARE"));
        region.clear();

        assertThat(url.location().getPathWithQueryParameters()).isEqualTo("graph?phase=DAYCARE");
    }

    @Test
    void reading_is_told_apart_from_a_users_change() {
        var seen = new AtomicReference<Boolean>();
        phase.addValueChangeListener(e -> seen.set(url.reading()));

        url.read(new Location("graph?phase=DAYCARE"));
        assertThat(seen.get()).isTrue();
        phase.setValue(LifePhase.OLD_AGE);
        assertThat(seen.get()).isFalse();
    }

    @Test
    void the_path_comes_from_the_link_the_view_was_entered_by() {
        assertThat(url.location().getPath()).isEqualTo("graph");
        url.read(new Location("graph/?region=01051"));
        assertThat(url.location().getPathWithQueryParameters()).isEqualTo("graph/?region=01051");
    }

    @Test
    void a_default_stays_out_of_the_url_and_is_what_a_missing_parameter_means() {
        var figure = UrlParameter.text().withDefault("actorsPer10k");

        assertThat(figure.format("actorsPer10k")).isNull();
        assertThat(figure.format("density")).isEqualTo("density");
        assertThat(figure.parse(null)).isEqualTo("actorsPer10k");
        assertThat(figure.parse("")).isEqualTo("actorsPer10k");
        assertThat(figure.parse("density")).isEqualTo("density");
    }

    @Test
    void converters_round_trip() {
        var code = UrlParameter.code(LifePhase::ofCode);
        for (LifePhase p : LifePhase.values()) {
            assertThat(code.parse(code.format(p))).isEqualTo(p);
        }
        var number = UrlParameter.number();
        for (double d : new double[] {0, 1, 25, 12.5, 1e-3}) {
            assertThat(number.parse(number.format(d))).isEqualTo(d);
        }
        assertThat(number.parse("NaN")).isNull();
        assertThat(number.parse("Infinity")).isNull();
        var text = UrlParameter.text();
        for (String s : List.of("Sucht & Prävention", "a=b", "Kinder – Jugend", "<b>")) {
            assertThat(text.parse(text.format(s))).isEqualTo(s);
        }
        assertThat(text.format("  ")).isNull();
    }

    @Test
    void special_characters_survive_the_url() {
        url.read(new Location("graph?q=Sucht%20%26%20Pr%C3%A4vention"));
        assertThat(text.getValue()).isEqualTo("Sucht & Prävention");

        var again = new Location(url.location().getPathWithQueryParameters());
        assertThat(again.getQueryParameters().getSingleParameter("q")).contains("Sucht & Prävention");
    }
}
