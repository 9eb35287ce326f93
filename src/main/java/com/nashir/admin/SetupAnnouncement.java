package com.nashir.admin;

import com.nashir.setup.SiteSetup;
import com.nashir.site.SiteSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells whoever started a new site where to go: while no account exists, the start-up log says
 * which address opens the setup page and prints the setup code it asks for. Every node prints the
 * same code. A warning, so it shows also where only warnings are logged.
 */
@Component
@ConditionalOnWebApplication
class SetupAnnouncement {
    private static final Logger log = LoggerFactory.getLogger(SetupAnnouncement.class);

    private final SiteSetup setup;
    private final SiteSettingsStore settings;
    private final Environment environment;

    SetupAnnouncement(SiteSetup setup, SiteSettingsStore settings, Environment environment) {
        this.setup = setup;
        this.settings = settings;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        setup.code()
                .ifPresent(code -> log.warn(
                        "No newsroom account exists yet. Open {} to name the site and create the first admin, with the setup code {}"
                                + " (or run: java -jar target/nashir.jar create-admin USERNAME EMAIL)",
                        address(),
                        code));
    }

    /** The configured base URL when there is one; otherwise this machine on the port the server listens on. */
    String address() {
        String base = settings.configured().baseUrl();
        if (base == null || base.isBlank()) {
            base = "http://localhost:"
                    + environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + SetupController.PATH;
    }
}
