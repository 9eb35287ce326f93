package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.nashir.testing.Http;
import com.nashir.testing.NashirProcess;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The harness that starts the packaged jar: a port chosen free can be taken by another process
 * before the jar binds it (it happened in CI), and the start must survive that.
 */
class NashirProcessIT {

    @Test
    void startsOnAnotherPortWhenItsPortIsTakenBeforeTheJarBindsIt() throws Exception {
        assumeTrue("h2".equals(System.getProperty("nashir.test.db", "h2")), "embedded default only");
        assumeTrue(NashirProcess.jarExists(), "needs target/nashir.jar (mvn verify builds it)");
        Path dir = Files.createTempDirectory("nashir-port-");
        var app = new NashirProcess(dir, Map.of("NASHIR_DEMO", "false"));
        int chosen = app.port();
        try (ServerSocket thief = new ServerSocket(chosen);
                app) {
            app.start();
            assertThat(app.port()).isNotEqualTo(chosen);
            assertThat(new Http(app.port()).get("/robots.txt").status()).isEqualTo(200);
        }
    }
}
