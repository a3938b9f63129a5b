package de.kooperationsatlas;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import de.kooperationsatlas.exchange.CommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Kooperationsatlas: who cooperates with whom in public health and social work, and where the gaps are. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    /** Starts the web app, or with {@code import <folder-or-zip>} or {@code export <zip>} the command line. */
    public static void main(String[] args) {
        pinLogging();
        if (CommandLine.handles(args)) {
            System.exit(CommandLine.run(Application.class, args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** Neo4j brings a second SLF4J provider; pin Logback so logging does not depend on classpath order. */
    public static void pinLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "ch.qos.logback.classic.spi.LogbackServiceProvider");
        }
    }
}
