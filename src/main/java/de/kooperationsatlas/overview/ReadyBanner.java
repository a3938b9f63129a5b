package de.kooperationsatlas.overview;

import de.kooperationsatlas.base.StartupOrder;
import de.kooperationsatlas.base.StoreProfile;
import de.kooperationsatlas.security.DemoUsers;
import java.lang.management.ManagementFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Says where the app is once every start-up step ran, with the demo sign-ins in the demo profile. */
@Component
@Order(StartupOrder.READY)
class ReadyBanner implements ApplicationRunner {

    private final Environment environment;
    private final StoreProfile store;

    ReadyBanner(Environment environment, StoreProfile store) {
        this.environment = environment;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Kooperationsatlas is ready at http://localhost:")
                .append(port)
                .append("/  (started in ")
                .append(uptime)
                .append(" ms)\n");
        if (store.demo()) {
            banner.append("  Demo sign-ins (user / password):\n");
            for (var user : DemoUsers.ALL) {
                banner.append("    ")
                        .append(user.name())
                        .append(" / ")
                        .append(user.password())
                        .append("  (")
                        .append(user.role())
                        .append(user.regions().isEmpty() ? "" : ", regions " + String.join(", ", user.regions()))
                        .append(")\n");
            }
        }
        System.out.println(banner);
    }
}
