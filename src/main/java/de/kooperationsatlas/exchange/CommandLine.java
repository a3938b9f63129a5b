package de.kooperationsatlas.exchange;

import de.kooperationsatlas.base.Audit;
import de.kooperationsatlas.base.StartupOrder;
import de.kooperationsatlas.base.StoreBackup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.neo4j.io.locker.FileLockException;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.util.ClassUtils;

/**
 * The command line: {@code java -jar kooperationsatlas.jar import <folder-or-zip>}, {@code … export
 * <zip>}, {@code … backup <folder>} (with the app stopped: a copy of the stores and secrets plus an export
 * bundle) and {@code … restore <folder>} (into a new data folder). Starts the app without an HTTP port, demo data or first users, so that the store keeps
 * production semantics; records its changes as {@code cli:<OS user>}; prints progress lines on stdout and
 * every problem (file, line, column, message) on stderr; answers exit code 0 or 1. German unless the
 * environment's language is English ({@code LANG=en…}).
 */
public final class CommandLine {

    /** The export bundle inside a backup folder. */
    static final String BACKUP_EXPORT = "export.zip";

    private final PrintStream out;
    private final PrintStream err;
    private final Locale locale;
    private final MessageSource messages;
    private final NumberFormat numbers;

    CommandLine(PrintStream out, PrintStream err, Locale locale) {
        this.out = out;
        this.err = err;
        this.locale = locale;
        var bundle = new ResourceBundleMessageSource();
        bundle.setBasename("vaadin-i18n/translations");
        bundle.setDefaultEncoding("UTF-8");
        bundle.setFallbackToSystemLocale(false);
        this.messages = bundle;
        this.numbers = NumberFormat.getIntegerInstance(locale);
    }

    /** Whether these program arguments ask for the command line rather than the web app. */
    public static boolean handles(String[] args) {
        return args.length > 0
                && List.of("import", "export", "backup", "restore").contains(args[0]);
    }

    /**
     * Runs the command and answers the exit code: 0 when it did what was asked, 1 otherwise.
     *
     * @param application the app's configuration class (the one {@code main} would start)
     * @param args {@code import <folder-or-zip>} or {@code export <zip>}
     */
    public static int run(Class<?> application, String[] args) {
        return new CommandLine(System.out, System.err, languageOfEnvironment()).execute(application, args);
    }

    int execute(Class<?> application, String[] args) {
        if (args.length != 2 || args[1].isBlank()) {
            err.println(say("cli.usage"));
            err.println(say("cli.usageBackup"));
            return 1;
        }
        Path target = Path.of(args[1]).toAbsolutePath().normalize();
        if (args[0].equals("restore")) {
            return restore(target);
        }
        boolean importing = args[0].equals("import");
        if (importing && !Files.exists(target)) {
            err.println(say("cli.notFound", target));
            return 1;
        }
        Optional<Path> held = heldStore();
        if (held.isPresent()) {
            err.println(storeHeld(held.get()));
            return 1;
        }
        if (args[0].equals("backup")) {
            try {
                // The stores first, while nothing holds them; then the export bundle, by the app itself.
                var parts = StoreBackup.backup(dataFolder(), target);
                out.println(say("cli.backupCopied", target, String.join(", ", parts)));
            } catch (IOException | IllegalStateException e) {
                err.println(say("cli.failed", rootMessage(e)));
                return 1;
            }
        }
        String user = "cli:" + System.getProperty("user.name", "unknown");
        Audit.actAs(user);
        long started = System.nanoTime();
        out.println(say("cli.starting", user));
        ConfigurableApplicationContext context;
        try {
            context = start(application);
        } catch (RuntimeException e) {
            if (causedByStoreLock(e)) {
                err.println(storeHeld(storeFolder().orElse(Path.of("data", "neo4j"))));
            } else {
                err.println(say("cli.startFailed", rootMessage(e)));
            }
            return 1;
        }
        try (context) {
            out.println(say("cli.started", seconds(started)));
            if (args[0].equals("backup")) {
                return export(context, target.resolve(BACKUP_EXPORT));
            }
            return importing ? importBundle(context, target) : export(context, target);
        } catch (IOException | RuntimeException e) {
            err.println(say("cli.failed", rootMessage(e)));
            return 1;
        }
    }

    private int importBundle(ConfigurableApplicationContext context, Path source) throws IOException {
        var reader = context.getBean(BundleReader.class);
        var imports = context.getBean(ImportService.class);
        long started = System.nanoTime();
        out.println(say("cli.reading", source));
        Bundle bundle;
        if (Files.isDirectory(source)) {
            bundle = reader.readFolder(source);
        } else if (source.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            bundle = reader.readFiles(
                    List.of(new BundleFile(source.getFileName().toString(), Files.readAllBytes(source))));
        } else {
            try (InputStream in = Files.newInputStream(source)) {
                bundle = reader.readZip(source.getFileName().toString(), in);
            }
        }
        for (BundleTable table : bundle.tables()) {
            out.println(say(
                    "cli.detected",
                    table.file().fileName(),
                    table.encoding(),
                    String.valueOf(table.delimiter()),
                    numbers.format(table.rows().size())));
        }
        long rows = bundle.tables().stream().mapToLong(t -> t.rows().size()).sum();
        out.println(say("cli.importing", numbers.format(bundle.tables().size()), numbers.format(rows)));
        ImportResult result = imports.importBundle(bundle, false, locale);
        for (ImportProblem warning : result.warnings()) {
            out.println(say("cli.importWarning", problemLine(warning)));
        }
        if (!result.ok()) {
            for (ImportProblem problem : result.errors()) {
                err.println(problemLine(problem));
            }
            err.println(say("cli.importRefused", result.errors().size()));
            return 1;
        }
        out.println(say(
                "cli.imported",
                counts(result.created()),
                counts(result.updated()),
                seconds(started),
                numbers.format(Math.round(rows / Math.max(0.001, (System.nanoTime() - started) / 1e9)))));
        return 0;
    }

    private int export(ConfigurableApplicationContext context, Path zip) throws IOException {
        var exports = context.getBean(ExportService.class);
        long started = System.nanoTime();
        out.println(say("cli.exporting", zip));
        Path parent = zip.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        // Written beside the target and moved into place, so a failed export leaves no half ZIP.
        Path partial = Files.createTempFile(parent == null ? Path.of(".") : parent, ".export-", ".zip.part");
        try {
            try (OutputStream file = Files.newOutputStream(partial, StandardOpenOption.TRUNCATE_EXISTING)) {
                exports.writeZip(file);
            }
            Files.move(partial, zip, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        Bundle written = BundleReader.withDefaults()
                .readZip(zip.getFileName().toString(), new ByteArrayInputStream(Files.readAllBytes(zip)));
        String files = written.tables().stream()
                .map(t -> t.file().fileName() + " " + numbers.format(t.rows().size()))
                .collect(Collectors.joining(", "));
        out.println(say("cli.exported", zip, files, numbers.format(Files.size(zip)), seconds(started)));
        return 0;
    }

    /** Puts a backup into the (new) data folder; the domain graph of an external store is imported from it. */
    private int restore(Path backup) {
        try {
            var parts = StoreBackup.restore(backup, dataFolder());
            out.println(say("cli.restored", backup, dataFolder(), String.join(", ", parts)));
            if (!parts.contains("neo4j")) {
                out.println(say("cli.restoreExternal", backup.resolve(BACKUP_EXPORT)));
            }
            return 0;
        } catch (IOException | IllegalStateException e) {
            err.println(say("cli.failed", rootMessage(e)));
            return 1;
        }
    }

    /** The data folder this command works on ({@code atlas.data-dir} or {@code ATLAS_DATA_DIR}). */
    private static Path dataFolder() {
        String data = firstSet(System.getProperty("atlas.data-dir"), System.getenv("ATLAS_DATA_DIR"));
        return Path.of(data == null ? "./data" : data).toAbsolutePath().normalize();
    }

    private ConfigurableApplicationContext start(Class<?> application) {
        var app = new SpringApplication(application);
        app.setBannerMode(Banner.Mode.OFF);
        app.setLogStartupInfo(false);
        app.addInitializers(context -> context.addBeanFactoryPostProcessor(new SkipInteractiveStartSteps()));
        // As command-line properties, so they win over application.yml. No HTTP port (server.port=-1):
        // the security and Vaadin configuration need a servlet context to build their beans, but nothing
        // listens. Quiet logs, and a free Bolt port so the command never collides with 7687.
        return app.run(
                "--server.port=-1",
                "--logging.level.root=WARN",
                "--logging.level.ac.simons.neo4j.migrations=WARN",
                "--atlas.bolt-port=0",
                "--vaadin.launch-browser=false");
    }

    /**
     * Leaves out the start-up steps after the reference data (first users, demo data, the "ready at"
     * banner): the command line works on the store, it does not open it to users. Runs after the
     * component scan, when every runner is registered.
     */
    private static final class SkipInteractiveStartSteps implements BeanFactoryPostProcessor {

        @Override
        public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
            if (!(beanFactory instanceof BeanDefinitionRegistry registry)) {
                return;
            }
            for (String name : registry.getBeanDefinitionNames()) {
                String className = registry.getBeanDefinition(name).getBeanClassName();
                if (className == null) {
                    continue;
                }
                Class<?> type;
                try {
                    type = ClassUtils.forName(className, CommandLine.class.getClassLoader());
                } catch (ClassNotFoundException | LinkageError e) {
                    continue;
                }
                Order order = AnnotationUtils.findAnnotation(type, Order.class);
                if (ApplicationRunner.class.isAssignableFrom(type)
                        && order != null
                        && order.value() > StartupOrder.REFERENCE_DATA) {
                    registry.removeBeanDefinition(name);
                }
            }
        }
    }

    /** The embedded store's folder, when this command would use the embedded store. */
    private static Optional<Path> storeFolder() {
        String external = firstSet(System.getProperty("atlas.neo4j.uri"), System.getenv("NEO4J_URI"));
        if (external != null) {
            return Optional.empty();
        }
        return Optional.of(dataFolder().resolve("neo4j"));
    }

    /**
     * The store folder when another process holds its lock (the running app), checked before the slow
     * start; the lock exception of a start is caught as well, for the app that starts in between.
     */
    private static Optional<Path> heldStore() {
        return storeFolder().filter(folder -> {
            Path lock = folder.resolve("data").resolve("databases").resolve("store_lock");
            if (!Files.isRegularFile(lock)) {
                return false;
            }
            try {
                return StoreBackup.held(lock);
            } catch (IOException e) {
                // Not ours to judge: the start will say what is wrong.
                return false;
            }
        });
    }

    static boolean causedByStoreLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileLockException
                    || t.getClass().getSimpleName().equals("StoreLockException")
                    || String.valueOf(t.getMessage()).contains("locked by another process")) {
                return true;
            }
        }
        return false;
    }

    private String storeHeld(Path folder) {
        return messages.getMessage("cli.storeHeld", new Object[] {folder}, Locale.GERMAN)
                + System.lineSeparator()
                + messages.getMessage("cli.storeHeld", new Object[] {folder}, Locale.ENGLISH);
    }

    /** One problem as {@code file, line, column: message}, the parts that are known. */
    String problemLine(ImportProblem problem) {
        List<String> where = new ArrayList<>();
        where.add(problem.file().isEmpty() ? say("cli.bundle") : problem.file());
        if (problem.line() != null) {
            where.add(say("cli.line", String.valueOf(problem.line())));
        }
        if (problem.column() != null) {
            where.add(say("cli.column", problem.column()));
        }
        return String.join(", ", where) + ": " + problem.message();
    }

    private String counts(Map<String, Long> counts) {
        // Only what happened, so the line stays readable; "0" when nothing did.
        String said = counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> say("import.count." + e.getKey()) + " " + numbers.format(e.getValue()))
                .collect(Collectors.joining(", "));
        return said.isEmpty() ? numbers.format(0) : said;
    }

    private String seconds(long startedNanos) {
        return String.format(locale, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }

    private String say(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static @Nullable String firstSet(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static Locale languageOfEnvironment() {
        String language = firstSet(System.getenv("LC_ALL"), System.getenv("LC_MESSAGES"), System.getenv("LANG"));
        return language != null && language.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.GERMAN;
    }
}
