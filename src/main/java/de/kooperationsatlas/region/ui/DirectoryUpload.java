package de.kooperationsatlas.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import de.kooperationsatlas.base.InvalidInputException;
import de.kooperationsatlas.base.ui.Links;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.region.DirectoryUpdate;
import de.kooperationsatlas.region.ReferenceDataService;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A newer municipality directory: upload {@code municipalities.csv}, see what it would add, change and
 * remove and which actors would lose their seat (a dry run), then apply it with one click.
 */
class DirectoryUpload extends VerticalLayout {

    private final ReferenceDataService referenceData;
    private final Runnable afterApply;
    private final Upload upload = new Upload();
    private final Div report = new Div();
    private final Button apply = new Button();
    private byte @Nullable [] file;

    DirectoryUpload(ReferenceDataService referenceData, Runnable afterApply) {
        this.referenceData = referenceData;
        this.afterApply = afterApply;
        setPadding(false);
        configureUpload();
        configureApply();
        report.setId("directory-report");
        var hint = new Paragraph(getTranslation("referenceData.upload.hint"));
        hint.addClassName("atlas-muted");
        add(new H3(getTranslation("referenceData.upload.title")), hint, upload, report, apply);
    }

    private void configureUpload() {
        upload.setId("directory-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setUploadButton(new Button(getTranslation("referenceData.upload.button")));
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            file = bytes;
            check();
        }));
        upload.addFileRemovedListener(e -> {
            file = null;
            report.removeAll();
            apply.setVisible(false);
        });
    }

    private void configureApply() {
        apply.setText(getTranslation("referenceData.upload.apply"));
        apply.setId("directory-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.setDisableOnClick(true);
        apply.setVisible(false);
        apply.addClickListener(e -> applyFile());
    }

    private void check() {
        run(true).ifPresent(update -> apply.setVisible(true));
    }

    private void applyFile() {
        run(false).ifPresent(update -> {
            apply.setVisible(false);
            Notifications.success(getTranslation("referenceData.upload.applied"));
            afterApply.run();
        });
        apply.setEnabled(true);
    }

    private java.util.Optional<DirectoryUpdate> run(boolean dryRun) {
        byte[] bytes = file;
        if (bytes == null) {
            return java.util.Optional.empty();
        }
        try {
            var update = referenceData.updateMunicipalities(() -> new ByteArrayInputStream(bytes), dryRun);
            show(update);
            return java.util.Optional.of(update);
        } catch (InvalidInputException e) {
            report.removeAll();
            String problems = e.problems().stream()
                    .map(p -> getTranslation(p.messageKey(), p.args().toArray()))
                    .reduce((a, b) -> a + " · " + b)
                    .orElse("");
            report.add(new Paragraph(getTranslation("referenceData.upload.failed", problems)));
            apply.setVisible(false);
            return java.util.Optional.empty();
        }
    }

    private void show(DirectoryUpdate update) {
        report.removeAll();
        report.add(new Paragraph(getTranslation(
                "referenceData.upload.report",
                update.added().size(),
                update.changed().size(),
                update.removed().size(),
                update.actorsWithoutSeat().size())));
        report.add(keys("directory-added", update.added()));
        report.add(keys("directory-changed", update.changed()));
        report.add(keys("directory-removed", update.removed()));
        var actors = new FlexLayout();
        actors.setId("directory-actors-without-seat");
        actors.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actors.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        update.actorsWithoutSeat().forEach(id -> actors.add(Links.actor(id, id)));
        report.add(actors);
    }

    private static Paragraph keys(String id, List<String> keys) {
        var paragraph = new Paragraph(
                String.join(", ", keys.size() > 50 ? keys.subList(0, 50) : keys) + (keys.size() > 50 ? " …" : ""));
        paragraph.setId(id);
        return paragraph;
    }
}
