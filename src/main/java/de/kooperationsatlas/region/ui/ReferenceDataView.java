package de.kooperationsatlas.region.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.base.ui.Facts;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.ReferenceDataReport;
import de.kooperationsatlas.region.ReferenceDataService;
import de.kooperationsatlas.region.RegionLevel;
import de.kooperationsatlas.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The municipality directory in the store: which edition is loaded and how many regions it holds; an
 * administrator can load the shipped directory again and sees which actors' seats left it.
 */
@Route("admin/reference-data")
@Menu(order = 85, title = "nav.referenceData", icon = "vaadin:database")
@RolesAllowed("ADMIN")
class ReferenceDataView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataView.class);

    private final ReferenceDataService referenceData;
    private final RegionService regions;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());
    private final FlexLayout facts = Facts.row();
    private final Button reload = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Div result = new Div();

    ReferenceDataView(ReferenceDataService referenceData, RegionService regions) {
        this.referenceData = referenceData;
        this.regions = regions;
        setMaxWidth("70rem");
        configureActions();
        var intro = new Paragraph(getTranslation("referenceData.intro"));
        intro.addClassName("atlas-muted");
        facts.setId("reference-facts");
        result.setId("reference-result");
        result.setWidthFull();
        add(new H2(getTranslation("nav.referenceData")), intro, facts, reload, progress, result);
        add(new DirectoryUpload(referenceData, this::showStore));
        showStore();
    }

    private void configureActions() {
        reload.setText(getTranslation("referenceData.reload"));
        reload.setIcon(VaadinIcon.REFRESH.create());
        reload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reload.setId("reload-reference-data");
        // Disabled in the browser at once, so a second click cannot start a second load.
        reload.setDisableOnClick(true);
        reload.addClickListener(e -> startLoad());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("min(30rem, 100%)");
    }

    private void showStore() {
        facts.removeAll();
        String edition = referenceData.loadedEdition();
        facts.add(
                fact("referenceData.loadedEdition", edition == null ? getTranslation("referenceData.none") : edition));
        facts.add(fact("referenceData.shippedEdition", ReferenceDataService.SHIPPED_EDITION));
        var counts = regions.counts();
        facts.add(fact("referenceData.states", numbers.format(counts.get(RegionLevel.STATE))));
        facts.add(fact("referenceData.districts", numbers.format(counts.get(RegionLevel.DISTRICT))));
        facts.add(fact("referenceData.municipalities", numbers.format(counts.get(RegionLevel.MUNICIPALITY))));
    }

    private Component fact(String key, String value) {
        return Facts.figure(this, key, value, "9rem");
    }

    /**
     * Shows the progress bar first and loads in the next round trip: a load inside this click would
     * answer the browser only when it is done, so the bar would never appear.
     */
    private void startLoad() {
        progress.setVisible(true);
        result.removeAll();
        result.add(new Paragraph(getTranslation("referenceData.loading")));
        getUI().ifPresentOrElse(
                        ui -> ui.getPage()
                                .executeJs("return true")
                                .then(Boolean.class, done -> load(), error -> load()),
                        this::load);
    }

    private void load() {
        try {
            var report = referenceData.loadShipped();
            showReport(report);
            Notifications.success(getTranslation("referenceData.loaded"));
        } catch (RuntimeException e) {
            log.error("Reloading the reference data failed", e);
            result.removeAll();
            result.add(new Paragraph(getTranslation("referenceData.failed", String.valueOf(e.getMessage()))));
            Notifications.error(getTranslation("referenceData.failed", String.valueOf(e.getMessage())));
        } finally {
            progress.setVisible(false);
            reload.setEnabled(true);
            showStore();
        }
    }

    private void showReport(ReferenceDataReport report) {
        result.removeAll();
        result.add(new H3(getTranslation("referenceData.report")));
        result.add(new Paragraph(getTranslation(
                "referenceData.reportText",
                numbers.format(report.states()),
                numbers.format(report.districts()),
                numbers.format(report.municipalities()),
                numbers.format(report.millis()))));
        var retired = report.actorsWithRetiredSeat();
        if (retired.isEmpty()) {
            result.add(new Paragraph(getTranslation("referenceData.noRetiredSeats")));
            return;
        }
        result.add(new Paragraph(getTranslation("referenceData.retiredSeats", numbers.format(retired.size()))));
        var list = new FlexLayout();
        list.setId("retired-seat-actors");
        list.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        list.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        retired.forEach(id -> list.add(Links.actor(id, id)));
        result.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.referenceData") + " · " + getTranslation("app.name");
    }
}
