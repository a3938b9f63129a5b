package de.kooperationsatlas.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import de.kooperationsatlas.base.ui.Notifications;
import de.kooperationsatlas.exchange.BundleFile;
import de.kooperationsatlas.exchange.BundleReader;
import de.kooperationsatlas.exchange.ExportService;
import de.kooperationsatlas.exchange.GraphMlExporter;
import de.kooperationsatlas.exchange.ImportBusyException;
import de.kooperationsatlas.exchange.ImportDetected;
import de.kooperationsatlas.exchange.ImportProblem;
import de.kooperationsatlas.exchange.ImportResult;
import de.kooperationsatlas.exchange.ImportService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Import and export for administrators: upload a ZIP or several CSV files, check them (a dry run that
 * shows per file what was detected and what would be created or updated, and every problem), then
 * import a clean bundle with one click; download the whole store as the exchange-format ZIP or as
 * GraphML. Checks and imports run in the background with a progress bar, one at a time.
 */
@Route("admin/import")
@Menu(order = 83, title = "nav.import", icon = "vaadin:exchange")
@RolesAllowed("ADMIN")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    /** The contract's upload limit. */
    private static final int MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

    private final ImportService imports;
    private final BundleReader reader;
    private final ExportService exports;
    private final GraphMlExporter graphMl;
    private final NumberFormat numbers = NumberFormat.getIntegerInstance(getLocale());

    private final List<BundleFile> uploads = new ArrayList<>();
    private final Upload upload = new Upload();
    private final Paragraph files = new Paragraph();
    private final Button check = new Button();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph summary = new Paragraph();
    private final Grid<FileLine> detected = new Grid<>();
    private final Grid<ImportProblem> problems = new Grid<>();
    private final Anchor problemsCsv = new Anchor();
    private List<FileLine> detectedLines = List.of();
    private @Nullable ImportResult checked;
    /** The errors, then the warnings (marked as such), of the last check or import. */
    private List<ImportProblem> listed = List.of();

    private boolean running;

    /** One file of a checked or imported bundle: what was detected, and what was (or would be) written. */
    record FileLine(String file, String encoding, String delimiter, long rows, long created, long updated) {}

    ImportView(ImportService imports, BundleReader reader, ExportService exports, GraphMlExporter graphMl) {
        this.imports = imports;
        this.reader = reader;
        this.exports = exports;
        this.graphMl = graphMl;
        setMaxWidth("80rem");
        configureUpload();
        configureActions();
        configureGrids();
        add(new H2(getTranslation("nav.import")), intro("importView.intro"), upload, files, actions(), progress);
        add(summary, detected, problemsCsv, problems, exportSection());
        showState();
    }

    /** The upload's own texts in the UI's language (Vaadin ships English only). */
    private UploadI18N uploadTexts() {
        var texts = new UploadI18N();
        texts.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("upload.addFile"))
                .setMany(getTranslation("upload.addFiles")));
        texts.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("upload.dropFile"))
                .setMany(getTranslation("upload.dropFiles")));
        texts.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.tooManyFiles"))
                .setFileIsTooBig(getTranslation("upload.fileTooBig"))
                .setIncorrectFileType(getTranslation("upload.wrongType")));
        texts.setFile(new UploadI18N.File()
                .setRetry(getTranslation("upload.retry"))
                .setStart(getTranslation("upload.start"))
                .setRemove(getTranslation("upload.remove")));
        texts.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return texts;
    }

    private void configureUpload() {
        upload.setId("import-upload");
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            // Runs with the session locked: the uploads and the page change together.
            uploads.removeIf(f -> f.name().equals(plainName(metadata.fileName())));
            uploads.add(new BundleFile(plainName(metadata.fileName()), bytes));
            forgetCheck();
        }));
        upload.setAcceptedFileTypes(".zip", ".csv", "application/zip", "text/csv");
        upload.setMaxFiles(20);
        upload.setMaxFileSize(MAX_UPLOAD_BYTES);
        upload.setWidth("min(40rem, 100%)");
        upload.setI18n(uploadTexts());
        upload.addFileRemovedListener(e -> {
            uploads.removeIf(f -> f.name().equals(plainName(e.getFileName())));
            forgetCheck();
        });
        upload.addFileRejectedListener(
                e -> Notifications.error(getTranslation("importView.rejected", e.getFileName(), e.getErrorMessage())));
        files.setId("import-files");
    }

    private void configureActions() {
        check.setText(getTranslation("importView.check"));
        check.setIcon(VaadinIcon.CHECK_SQUARE_O.create());
        check.setId("import-check");
        check.addClickListener(e -> start(true));
        run.setText(getTranslation("importView.import"));
        run.setIcon(VaadinIcon.UPLOAD.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("import-run");
        run.addClickListener(e -> start(false));
        progress.setIndeterminate(true);
        progress.setWidth("min(30rem, 100%)");
        progress.setId("import-progress");
    }

    private void configureGrids() {
        summary.setId("import-summary");
        detected.setId("import-detected");
        detected.addColumn(FileLine::file)
                .setHeader(getTranslation("importView.file"))
                .setAutoWidth(true);
        detected.addColumn(FileLine::encoding)
                .setHeader(getTranslation("importView.encoding"))
                .setAutoWidth(true);
        detected.addColumn(FileLine::delimiter)
                .setHeader(getTranslation("importView.delimiter"))
                .setAutoWidth(true);
        detected.addColumn(l -> numbers.format(l.rows())).setHeader(getTranslation("importView.rows"));
        detected.addColumn(l -> numbers.format(l.created())).setHeader(getTranslation("importView.created"));
        detected.addColumn(l -> numbers.format(l.updated())).setHeader(getTranslation("importView.updated"));
        detected.setAllRowsVisible(true);
        detected.addThemeVariants(GridVariant.LUMO_COMPACT);
        problems.setId("import-problems");
        problems.addColumn(ImportProblem::file)
                .setHeader(getTranslation("importView.file"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.line() == null ? "" : String.valueOf(p.line()))
                .setHeader(getTranslation("importView.line"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(p -> p.column() == null ? "" : p.column())
                .setHeader(getTranslation("importView.column"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        problems.addColumn(ImportProblem::message)
                .setHeader(getTranslation("importView.message"))
                .setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        problems.setHeight("24rem");
        problemsCsv.setId("import-problems-csv");
        problemsCsv.setText(getTranslation("importView.downloadProblems"));
        problemsCsv.setHref(problemsDownload(), AttachmentType.DOWNLOAD);
    }

    private DownloadHandler problemsDownload() {
        return event -> {
            ImportResult result = checked;
            event.setFileName("import-probleme.csv");
            event.setContentType("text/csv;charset=UTF-8");
            if (result != null) {
                result.writeProblemsCsv(
                        List.of(
                                getTranslation("importView.file"),
                                getTranslation("importView.line"),
                                getTranslation("importView.column"),
                                getTranslation("importView.message")),
                        event.getOutputStream());
            }
        };
    }

    private Component actions() {
        return new HorizontalLayout(check, run);
    }

    private Component exportSection() {
        var zip = new Anchor(
                event -> {
                    event.setFileName("kooperationsatlas-export.zip");
                    event.setContentType("application/zip");
                    exports.writeZip(event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                getTranslation("importView.exportZip"));
        zip.setId("export-zip");
        var graph = new Anchor(
                event -> {
                    event.setFileName("kooperationsatlas.graphml");
                    event.setContentType(GraphMlExporter.MEDIA_TYPE);
                    graphMl.write(null, event.getOutputStream());
                },
                AttachmentType.DOWNLOAD,
                getTranslation("importView.exportGraphMl"));
        graph.setId("export-graphml");
        var links = new HorizontalLayout(zip, graph);
        links.setSpacing(true);
        var section =
                new VerticalLayout(new H3(getTranslation("importView.export")), intro("importView.exportIntro"), links);
        section.setPadding(false);
        return section;
    }

    private Paragraph intro(String key) {
        var intro = new Paragraph(getTranslation(key));
        intro.addClassName("atlas-muted");
        return intro;
    }

    /** Checks ({@code dryRun}) or imports the uploaded files in the background; one at a time. */
    private void start(boolean dryRun) {
        if (running) {
            return;
        }
        if (imports.busy()) {
            Notifications.error(getTranslation("import.error.busy"));
            return;
        }
        UI ui = UI.getCurrent();
        List<BundleFile> bundle = List.copyOf(uploads);
        Locale locale = getLocale();
        running = true;
        summary.setText(getTranslation(dryRun ? "importView.checking" : "importView.importing"));
        showState();
        // The signed-in administrator goes along, so the guard and the audit fields see who imports.
        Runnable work = new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        ImportResult result = imports.importBundle(reader.readUpload(bundle), dryRun, locale);
                        finish(ui, view -> view.show(result));
                    } catch (ImportBusyException e) {
                        finish(ui, view -> view.refuse("import.error.busy"));
                    } catch (AccessDeniedException e) {
                        finish(ui, view -> view.refuse("error.forbidden"));
                    } catch (RuntimeException e) {
                        log.error("The import from the import page failed", e);
                        finish(ui, view -> view.refuse("importView.failed"));
                    }
                },
                SecurityContextHolder.getContext());
        Thread.ofPlatform().name("atlas-import-page").daemon().start(work);
    }

    private void finish(UI ui, Consumer<ImportView> step) {
        try {
            ui.access(() -> {
                running = false;
                step.accept(this);
                showState();
            });
        } catch (UIDetachedException e) {
            // The page was closed meanwhile; the import itself is complete (or was refused) all the same.
        }
    }

    private void show(ImportResult result) {
        List<FileLine> lines = new ArrayList<>();
        result.detected().forEach((file, d) -> lines.add(line(file, d, result)));
        detectedLines = lines;
        detected.setItems(lines);
        List<ImportProblem> rows = new ArrayList<>(result.errors());
        // Warnings (values put right, e.g. a restored leading zero) share the grid, marked as notes.
        result.warnings()
                .forEach(w -> rows.add(new ImportProblem(
                        w.file(), w.line(), w.column(), getTranslation("import.warnings.title") + ": " + w.message())));
        listed = rows;
        problems.setItems(listed);
        long created =
                result.created().values().stream().mapToLong(Long::longValue).sum();
        long updated =
                result.updated().values().stream().mapToLong(Long::longValue).sum();
        if (!result.ok()) {
            checked = result;
            String found = result.errors().size() == 1
                    ? getTranslation("importView.problemsOne")
                    : getTranslation(
                            "importView.problems",
                            numbers.format(result.errors().size()));
            summary.setText(found);
            Notifications.error(found);
        } else if (result.dryRun()) {
            checked = result;
            summary.setText(getTranslation("importView.clean", numbers.format(created), numbers.format(updated))
                    + warningsNote(result));
        } else {
            // A second click would change nothing; a new check is asked for first.
            checked = null;
            summary.setText(getTranslation("importView.done", numbers.format(created), numbers.format(updated))
                    + warningsNote(result));
            Notifications.success(getTranslation("importView.done", numbers.format(created), numbers.format(updated)));
        }
    }

    private String warningsNote(ImportResult result) {
        return result.warnings().isEmpty()
                ? ""
                : " "
                        + getTranslation(
                                "import.warnings.summary",
                                numbers.format(result.warnings().size()));
    }

    private static FileLine line(String file, ImportDetected d, ImportResult result) {
        return new FileLine(
                file, d.encoding(), d.delimiter(), d.rows(), result.createdIn(file), result.updatedIn(file));
    }

    private void refuse(String key) {
        summary.setText(getTranslation(key));
        Notifications.error(getTranslation(key));
    }

    /** New or removed files make the last check stale. */
    private void forgetCheck() {
        checked = null;
        summary.setText("");
        detectedLines = List.of();
        detected.setItems(detectedLines);
        listed = List.of();
        problems.setItems(listed);
        showState();
    }

    private void showState() {
        files.setText(
                uploads.isEmpty()
                        ? getTranslation("importView.noFiles")
                        : getTranslation(
                                "importView.files",
                                numbers.format(uploads.size()),
                                String.join(
                                        ", ",
                                        uploads.stream().map(BundleFile::name).toList())));
        ImportResult result = checked;
        boolean hasProblems = result != null && !result.ok();
        check.setEnabled(!running && !uploads.isEmpty());
        run.setEnabled(!running && result != null && result.ok() && result.dryRun());
        upload.setEnabled(!running);
        progress.setVisible(running);
        detected.setVisible(!detectedLines.isEmpty());
        problems.setVisible(hasProblems || !listed.isEmpty());
        problemsCsv.setVisible(hasProblems);
    }

    /** The file's name without any folder a browser may send along. */
    private static String plainName(String name) {
        return name.substring(name.replace('\\', '/').lastIndexOf('/') + 1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.import") + " · " + getTranslation("app.name");
    }
}
