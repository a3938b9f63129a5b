package de.kooperationsatlas.base;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the web server refuses on its own is answered as a problem too: encoded slashes and backslashes
 * are passed on to Spring Security's firewall (which refuses them with a problem, see {@code
 * SecurityConfiguration}), and Tomcat's own error page writes problem JSON instead of HTML.
 */
@Configuration(proxyBeanMethods = false)
class WebServerErrors {

    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> {
            connector.setEncodedSolidusHandling("passthrough");
            connector.setEncodedReverseSolidusHandling("passthrough");
        };
    }

    /** Replaces the host's error report valve (Boot's or Tomcat's) once the pipeline is set up. */
    @Bean
    TomcatContextCustomizer problemErrorReports() {
        return context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() != null) {
                var pipeline = context.getParent().getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemErrorReportValve());
            }
        });
    }
}
