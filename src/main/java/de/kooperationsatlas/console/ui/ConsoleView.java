package de.kooperationsatlas.console.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.kooperationsatlas.console.ConsoleException;
import de.kooperationsatlas.console.ConsoleResult;
import de.kooperationsatlas.console.ConsoleService;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The Cypher console (ANALYST, ADMIN): a Cypher editor with highlighting, a JSON parameters field, the
 * answer as a sortable table and, when it holds nodes and relationships, as a graph; CSV and JSON
 * downloads; the example queries of {@code cypher/analysis/} and the user's history at the side. A query
 * runs in the background, so the page shows progress and stays usable.
 */
@Route("console")
@Menu(order = 70, title = "nav.console", icon = "vaadin:terminal")
@RolesAllowed({"ANALYST", "ADMIN"})
class ConsoleView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ConsoleView.class);

    private final ConsoleService console;
    private final CypherEditor editor = new CypherEditor();
    private final TextArea parameters = new TextArea();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Div error = new Div();
    private final NumberFormat numbers;
    private final ConsoleResults results;
    private final ConsoleSide side;
    private boolean running;

    ConsoleView(ConsoleService console) {
        this.console = console;
        this.numbers = NumberFormat.getIntegerInstance(getLocale());
        this.results = new ConsoleResults(console, numbers);
        this.side = new ConsoleSide(console, this::insert);
        setSizeFull();
        configureEditor();
        var main = new VerticalLayout(editorPanel(), results);
        main.setPadding(false);
        main.setMinWidth("0");
        var body = new HorizontalLayout(main, side);
        body.setWidthFull();
        body.setFlexGrow(1, main);
        body.setAlignItems(FlexComponent.Alignment.START);
        add(new H2(getTranslation("console.title")), intro(), body);
        side.showHistory();
    }

    private Component intro() {
        var limits = console.limits();
        var intro = new Paragraph(getTranslation(
                "console.intro",
                limits.timeout().toSeconds(),
                numbers.format(limits.rowLimit()),
                console.maxConcurrent()));
        intro.addClassName("atlas-muted");
        intro.getStyle().set("margin", "0");
        return intro;
    }

    private void configureEditor() {
        editor.setId("console-editor");
        editor.setWidthFull();
        editor.setHeight("12rem");
        editor.getElement().setAttribute("aria-label", getTranslation("console.query"));
        editor.setValue("MATCH (a:Actor)-[c:COOPERATES_WITH]-(b:Actor)\nRETURN a, c, b\nLIMIT 25");
        editor.onRun(text -> start());
        parameters.setId("console-params");
        parameters.setLabel(getTranslation("console.params"));
        parameters.setHelperText(getTranslation("console.params.help"));
        parameters.setValue("{}");
        parameters.setWidthFull();
        parameters.setMinHeight("5rem");
        parameters.setMaxHeight("10rem");
        parameters.getStyle().set("font-family", "ui-monospace, Menlo, Consolas, monospace");
        parameters.addValueChangeListener(e -> parameters.setInvalid(false));
        // Ctrl+Enter runs from the parameters field too; the field's value is sent first.
        Shortcuts.addShortcutListener(parameters, this::start, Key.ENTER, KeyModifier.CONTROL)
                .listenOn(parameters)
                .resetFocusOnActiveElement();
        run.setText(getTranslation("console.run"));
        run.setIcon(VaadinIcon.PLAY.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("console-run");
        run.addClickListener(e -> start());
        progress.setIndeterminate(true);
        progress.setWidth("10rem");
        progress.setVisible(false);
        progress.setId("console-progress");
        status.setId("console-status");
        status.addClassName("atlas-muted");
        error.setId("console-error");
        error.setVisible(false);
        error.getStyle()
                .set("color", "var(--lumo-error-text-color)")
                .set("background", "var(--lumo-error-color-10pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("white-space", "pre-wrap");
    }

    private Component editorPanel() {
        var spacer = new Div();
        var bar = new HorizontalLayout(run, progress, status, spacer, results.csv, results.json);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setWidthFull();
        bar.setFlexGrow(1, spacer);
        var panel = new VerticalLayout(editor, parameters, bar, error);
        panel.setPadding(false);
        panel.setSpacing(true);
        return panel;
    }

    private void insert(String query, String parametersJson) {
        editor.setValue(query);
        parameters.setValue(parametersJson);
        error.setVisible(false);
        editor.focusEditor();
    }

    /** Checks the parameters here (so a JSON slip is shown at the field) and runs the query in the background. */
    private void start() {
        if (running) {
            return;
        }
        String query = editor.getValue();
        String parametersText = parameters.getValue();
        Map<String, Object> params;
        try {
            params = console.parseParameters(parametersText);
        } catch (ConsoleException e) {
            parameters.setErrorMessage(getTranslation(e.messageKey(), e.args().toArray()));
            parameters.setInvalid(true);
            return;
        }
        UI ui = UI.getCurrent();
        running = true;
        run.setEnabled(false);
        progress.setVisible(true);
        status.setText(getTranslation("console.running"));
        error.setVisible(false);
        Runnable work = new DelegatingSecurityContextRunnable(
                () -> {
                    try {
                        ConsoleResult result = console.run(query, params);
                        finish(ui, query, parametersText, view -> view.show(result));
                    } catch (ConsoleException e) {
                        finish(ui, query, parametersText, view -> view.refuse(e.messageKey(), e.args()));
                    } catch (AccessDeniedException e) {
                        finish(ui, query, parametersText, view -> view.refuse("error.forbidden", List.of()));
                    } catch (RuntimeException | Error e) {
                        log.error("A console query failed", e);
                        finish(ui, query, parametersText, view -> view.refuse("error.unexpected", List.of()));
                    }
                },
                SecurityContextHolder.getContext());
        Thread.ofPlatform().name("atlas-console").daemon().start(work);
    }

    private void finish(UI ui, String query, String parametersText, Consumer<ConsoleView> step) {
        try {
            console.remember(query, parametersText);
        } catch (RuntimeException e) {
            log.warn("Could not keep a console query in the history", e);
        }
        try {
            ui.access(() -> {
                running = false;
                run.setEnabled(true);
                progress.setVisible(false);
                step.accept(this);
                side.showHistory();
            });
        } catch (UIDetachedException e) {
            // The page was closed meanwhile.
        }
    }

    private void refuse(String messageKey, List<Object> args) {
        status.setText("");
        error.setText(getTranslation(messageKey, args.toArray()));
        error.setVisible(true);
    }

    private void show(ConsoleResult result) {
        status.setText(
                getTranslation("console.rows", numbers.format(result.rows().size()), numbers.format(result.millis())));
        results.show(result);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }
}
