package de.kooperationsatlas.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import de.kooperationsatlas.analysis.ActorRef;
import de.kooperationsatlas.analysis.AnalysisCsv;
import de.kooperationsatlas.base.LifePhase;
import de.kooperationsatlas.base.ui.Languages;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.chain.ChainRow;
import de.kooperationsatlas.chain.ChainService;
import de.kooperationsatlas.region.Region;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** What the analysis views share: pickers, sections with a CSV download, links and number formats. */
public final class AnalysisUi {

    private AnalysisUi() {}

    /** The locale the view shows itself in. */
    public static Locale locale() {
        return Optional.ofNullable(UI.getCurrent()).map(UI::getLocale).orElseGet(Languages::current);
    }

    /** The CSV writer for the current language. */
    static AnalysisCsv csv(Component owner) {
        return AnalysisCsv.of(owner::getTranslation, locale());
    }

    /** A number rounded for display, in the language's format (German: {@code 1.234,57}). */
    public static String number(double value, int fractionDigits) {
        var format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    /** A distance in km with one decimal, or a dash when a seat has no location. */
    static String distance(@Nullable Double km) {
        return km == null ? "–" : number(km, 1) + " km";
    }

    /** A titled section with a CSV download of its result next to the title. */
    static VerticalLayout section(Component owner, String titleKey, String fileName, byte[] csv, String id) {
        var header = new HorizontalLayout(new H3(owner.getTranslation(titleKey)), download(owner, fileName, csv, id));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        var section = new VerticalLayout(header);
        section.setPadding(false);
        section.setSpacing(false);
        return section;
    }

    /** A link that downloads the bytes as a CSV file (UTF-8 with BOM, {@code ;}). */
    public static Anchor download(Component owner, String fileName, byte[] csv, String id) {
        return download(owner, fileName, csv, id, owner.getTranslation("analysis.csv.download"));
    }

    /** A link labelled {@code label} that downloads the bytes as a CSV file (UTF-8 with BOM, {@code ;}). */
    public static Anchor download(Component owner, String fileName, byte[] csv, String id, String label) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> new DownloadResponse(
                        new ByteArrayInputStream(csv), fileName, AnalysisCsv.CONTENT_TYPE, csv.length)),
                AttachmentType.DOWNLOAD,
                "");
        anchor.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(" " + label));
        anchor.setId(id);
        return anchor;
    }

    /** The actors as links to their pages, separated by commas. */
    static Div links(List<ActorRef> actors) {
        var div = new Div();
        boolean first = true;
        for (var actor : actors) {
            if (!first) {
                div.add(new Span(", "));
            }
            first = false;
            div.add(Links.actor(actor.id(), actor.name()));
        }
        return div;
    }

    /** The translated name of a life phase. */
    static String phaseName(Component owner, String code) {
        return LifePhase.ofCode(code)
                .map(p -> owner.getTranslation(p.messageKey()))
                .orElse(code);
    }

    /** A region picker searching names and keys, limited to the levels the filter lets through. */
    public static ComboBox<RegionRef> regionPicker(
            Component owner, RegionService regions, String labelKey, Predicate<RegionRef> levels) {
        var picker = new ComboBox<RegionRef>(owner.getTranslation(labelKey));
        picker.setPlaceholder(owner.getTranslation("analysis.gaps.regionPlaceholder"));
        picker.setItems(q -> q.getOffset() > 0
                ? Stream.empty()
                : regions.search(q.getFilter().orElse(""), 100).stream()
                        .filter(levels)
                        .limit(q.getLimit()));
        picker.setItemLabelGenerator(r -> r.name() + " (" + r.ags() + ")");
        picker.setClearButtonVisible(true);
        picker.setWidth("min(28rem, 100%)");
        return picker;
    }

    /** A chain picker; each chain with its region, since several regions name theirs alike. */
    static ComboBox<ChainRow> chainPicker(Component owner, ChainService chains, String labelKey) {
        var picker = new ComboBox<ChainRow>(owner.getTranslation(labelKey));
        picker.setItems(chains.list());
        picker.setItemLabelGenerator(c ->
                c.region() == null ? c.name() : c.name() + " (" + c.region().name() + ")");
        picker.setClearButtonVisible(true);
        return picker;
    }

    /** A region in the URL by its AGS ({@code region=15085}). */
    public static UrlParameter<RegionRef> regionParameter(RegionService regions) {
        return UrlParameter.of(RegionRef::ags, ags -> regions.find(ags).map(Region::ref));
    }

    /** A chain in the URL by its id ({@code chain=GERA-PK}). */
    static UrlParameter<ChainRow> chainParameter(ChainService chains) {
        return UrlParameter.among(ChainRow::id, chains::list);
    }

    /** A picker of the nine life phases in their order, empty for "any". */
    static Select<LifePhase> phasePicker(Component owner) {
        var phase = new Select<LifePhase>();
        phase.setLabel(owner.getTranslation("analysis.filter.phase"));
        phase.setItems(Arrays.asList(LifePhase.values()));
        phase.setEmptySelectionAllowed(true);
        phase.setEmptySelectionCaption(owner.getTranslation("analysis.filter.any"));
        phase.setItemLabelGenerator(
                p -> p == null ? owner.getTranslation("analysis.filter.any") : owner.getTranslation(p.messageKey()));
        return phase;
    }

    /** A picker of the topics (labels), empty for "any". */
    static ComboBox<String> topicPicker(Component owner, List<String> labels) {
        var topic = new ComboBox<String>(owner.getTranslation("analysis.filter.topic"));
        topic.setItems(labels);
        topic.setClearButtonVisible(true);
        return topic;
    }

    /** The button that drops cached results, for changes made outside the app. */
    public static Button refreshButton(Component owner, Runnable refresh) {
        var button =
                new Button(owner.getTranslation("analysis.refresh"), VaadinIcon.REFRESH.create(), e -> refresh.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        button.setTooltipText(owner.getTranslation("analysis.refreshHint"));
        return button;
    }

    /** A muted paragraph-like hint. */
    public static Span hint(String text) {
        var hint = new Span(text);
        hint.addClassName("atlas-muted");
        return hint;
    }

    /** Runs {@code refresh} when the user changes one of the {@code fields}; values set in code (from the URL) do not. */
    public static void refreshOnUserChange(Runnable refresh, HasValue<?, ?>... fields) {
        for (var field : fields) {
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    refresh.run();
                }
            });
        }
    }

    /** The radius in km of the analyses that search around a place; empty for "no radius". */
    static void configureRadius(NumberField radius, String id) {
        radius.setLabel(radius.getTranslation("analysis.filter.radiusKm"));
        radius.setMin(0);
        radius.setStep(1);
        radius.setClearButtonVisible(true);
        radius.setWidth("9rem");
        radius.setId(id);
    }

    /** The filters of an analysis in a row, aligned on their text and wrapping on narrow screens. */
    public static HorizontalLayout toolbar(Component... filters) {
        var toolbar = new HorizontalLayout(filters);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        return toolbar;
    }

    /** A muted hint (what to choose, or how many were found) above the results. */
    static VerticalLayout results(Span hint, Component results) {
        hint.addClassName("atlas-muted");
        var content = new VerticalLayout(hint, results);
        content.setPadding(false);
        return content;
    }
}
