package de.kooperationsatlas.structure.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.analysis.ui.AnalysisUi;
import de.kooperationsatlas.base.Dates;
import de.kooperationsatlas.base.ui.DatePickers;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.base.ui.UrlParameter;
import de.kooperationsatlas.base.ui.UrlState;
import de.kooperationsatlas.region.RegionRef;
import de.kooperationsatlas.region.RegionService;
import de.kooperationsatlas.structure.Brokerage;
import de.kooperationsatlas.structure.StructureCsv;
import de.kooperationsatlas.structure.StructureService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.HashMap;

/**
 * The structure of a region's network (Struktur), for a coordinator without a manual: key actors
 * between groups, weak spots, groups, and how the sectors cooperate with their gaps; each section with
 * a count, a plain explanation and a table, as of the "Stand am" date. Region, resolution and date
 * live in the URL ({@code analysis/structure?region=15085&resolution=1.5&asOf=2023-12-31}; the date
 * is left out when it is today).
 */
@Menu(order = 65, title = "nav.structure", icon = "vaadin:sitemap")
@Route("analysis/structure")
@PermitAll
class StructureView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final int HOLES = 20;
    static final int BROKERS = 20;
    static final double DEFAULT_RESOLUTION = 1.0;

    private final StructureService structure;
    private final ComboBox<RegionRef> region;
    private final NumberField resolution = new NumberField();
    private final DatePicker asOf;
    private final UrlState url = new UrlState(this, "analysis/structure");
    private final VerticalLayout content = new VerticalLayout();

    StructureView(StructureService structure, RegionService regions) {
        this.structure = structure;
        this.asOf = DatePickers.asOf(getLocale());
        this.region = AnalysisUi.regionPicker(this, regions, "analysis.gaps.region", r -> true);
        region.setId("structure-region");
        resolution.setLabel(getTranslation("structure.resolution"));
        resolution.setHelperText(getTranslation("structure.resolution.help"));
        resolution.setMin(0.1);
        resolution.setMax(5);
        resolution.setStep(0.1);
        resolution.setStepButtonsVisible(true);
        resolution.setValue(DEFAULT_RESOLUTION);
        resolution.setWidth("14rem");
        resolution.setId("structure-resolution");
        setMaxWidth("90rem");
        content.setPadding(false);
        content.setId("structure-content");
        add(new H2(getTranslation("structure.title")), AnalysisUi.toolbar(region, resolution, asOf), content);
        url.bind("region", region, AnalysisUi.regionParameter(regions))
                .bind("resolution", resolution, UrlParameter.number().withDefault(DEFAULT_RESOLUTION))
                .bind(DatePickers.AS_OF, asOf, DatePickers.asOfParameter());
        AnalysisUi.refreshOnUserChange(this::refresh, region, resolution, asOf);
        showHint();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        url.read(event);
        refresh();
    }

    private void showHint() {
        content.removeAll();
        content.add(AnalysisUi.hint(getTranslation("structure.hint")));
    }

    /** The resolution asked for, kept within the field's range (an edited URL may say anything). */
    private double resolution() {
        Double value = resolution.getValue();
        if (value == null || !Double.isFinite(value)) {
            return DEFAULT_RESOLUTION;
        }
        return Math.clamp(value, 0.1, 5.0);
    }

    private void refresh() {
        var selected = region.getValue();
        if (selected == null) {
            showHint();
            return;
        }
        String ags = selected.ags();
        LocalDate date = asOf.getValue() == null ? Dates.today() : asOf.getValue();
        content.removeAll();
        try {
            // Every actor of the region with its name, to name the ids of cooperations and groups.
            var all = structure.structuralHoles(ags, Integer.MAX_VALUE, date);
            var names = new HashMap<String, String>();
            all.actors().forEach(a -> names.put(a.id(), a.name()));
            var sections = new StructureSections(this, names);
            var csv = StructureCsv.of(this::getTranslation, AnalysisUi.locale(), names);
            String suffix = ags + (asOf.getValue() == null ? "" : "-" + date) + ".csv";
            var cuts = structure.cutPoints(ags, date);
            var communities = structure.communities(ags, resolution(), date);
            var sectors = structure.sectors(ags, date);
            // Every actor's brokerage for the download, the first of them on the page.
            var brokerage = structure.brokerage(ags, Integer.MAX_VALUE, date);
            var shownBrokers = new Brokerage(
                    ags,
                    brokerage
                            .actors()
                            .subList(0, Math.min(BROKERS, brokerage.actors().size())));
            content.add(
                    sections.holes(
                            all,
                            HOLES,
                            AnalysisUi.download(
                                    this, "schluesselakteure-" + suffix, csv.holes(all), "csv-structure-holes")),
                    sections.cutPoints(
                            cuts,
                            AnalysisUi.download(
                                    this,
                                    "schwachstellen-akteure-" + suffix,
                                    csv.cutPoints(cuts),
                                    "csv-structure-cutpoints",
                                    getTranslation("structure.csv.cutPoints")),
                            AnalysisUi.download(
                                    this,
                                    "schwachstellen-kooperationen-" + suffix,
                                    csv.criticalCooperations(cuts),
                                    "csv-structure-bridges",
                                    getTranslation("structure.csv.bridges"))),
                    sections.communities(
                            communities,
                            AnalysisUi.download(
                                    this,
                                    "gruppen-" + suffix,
                                    csv.communities(communities),
                                    "csv-structure-communities")),
                    new SectorSections(this)
                            .sectors(
                                    sectors,
                                    AnalysisUi.download(
                                            this, "sektoren-" + suffix, csv.sectors(sectors), "csv-structure-sectors")),
                    new SectorSections(this)
                            .brokerage(
                                    shownBrokers,
                                    AnalysisUi.download(
                                            this,
                                            "vermittler-sektoren-" + suffix,
                                            csv.brokerage(brokerage),
                                            "csv-structure-brokerage")));
        } catch (RuntimeException e) {
            Notifications.error(getTranslation("analysis.error", String.valueOf(e.getMessage())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("structure.title") + " · " + getTranslation("app.name");
    }
}
