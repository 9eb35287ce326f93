package com.nashir.testing;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nashir as a user runs it: {@code java -jar target/nashir.jar} in its own process, so a test can
 * kill it hard (SIGKILL) and start it again on the same data directory.
 */
public final class NashirProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target", "nashir.jar");

    private final Path dataDir;
    private final Map<String, String> env;
    private int port;
    private Process process;

    public NashirProcess(Path dataDir, Map<String, String> env) throws IOException {
        this.dataDir = dataDir;
        this.env = env;
        this.port = freePort();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    /**
     * Starts the jar and waits until it serves. The port was free when chosen, but another process
     * on a busy CI machine can take it before the jar binds it: then the jar exits saying so, and
     * this tries again on a new free port (the port is only known to be ours once the jar has it).
     */
    public NashirProcess start() throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return startOnce();
            } catch (PortTakenException taken) {
                if (attempt == 5) {
                    throw new IllegalStateException("no free port after 5 attempts", taken);
                }
                port = freePort();
            }
        }
    }

    private NashirProcess startOnce() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-jar",
                JAR.toAbsolutePath().toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("process.log").toFile());
        pb.environment().putAll(env);
        pb.environment().put("NASHIR_DATA_DIR", dataDir.toString());
        pb.environment().put("SERVER_PORT", Integer.toString(port));
        process = pb.start();
        Http http = new Http(port);
        try {
            org.awaitility.Awaitility.await("Nashir starts")
                    .atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250))
                    .ignoreExceptions() // not listening yet
                    .failFast("Nashir exited", () -> !process.isAlive())
                    .until(() -> http.get("/robots.txt").status() == 200);
        } catch (org.awaitility.core.TerminalFailureException exited) {
            String log = Files.readString(dataDir.resolve("process.log"));
            if (log.contains("Port " + port + " was already in use")) {
                throw new PortTakenException(log);
            }
            throw new IllegalStateException("Nashir exited: " + log);
        }
        return this;
    }

    private static final class PortTakenException extends Exception {
        PortTakenException(String log) {
            super(log);
        }
    }

    /** SIGKILL: no shutdown hooks, no flushing; what was acknowledged must already be safe. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    public static boolean jarExists() {
        return new File(JAR.toString()).isFile();
    }
}
