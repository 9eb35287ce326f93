package com.nashir.testing;

import com.nashir.NashirApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another Nashir node on the database of the test application (its own port and a fresh data
 * directory), as behind a load balancer. Close it when done; {@link #port} tells where it listens.
 *
 * <p>Every node gets {@code --server.port=0 --nashir.demo=false}, a new temp data directory, the
 * datasource URL, user and password of the given environment (or of {@link #startOn}) and no
 * banner. {@link #start} adds {@code --nashir.scheduler.interval=1s} and the test application's
 * bootstrap admin token; {@link #startPlain} adds nothing (scheduler at its default interval, no
 * admin token). Further {@code --key=value} arguments come last; one naming a key already set
 * replaces that argument rather than repeating the key.
 */
public final class OtherNode {
    private OtherNode() {}

    /** Starts a node on a free port, with a 1 s scheduler and the test admin token; {@code extra} are further {@code --key=value} arguments. */
    public static ConfigurableApplicationContext start(Environment env, String... extra) {
        return startOn(
                env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password", ""),
                env.getProperty("nashir.admin-token"),
                extra);
    }

    /** Starts a node on a free port with only the database settings; {@code extra} are further {@code --key=value} arguments. */
    public static ConfigurableApplicationContext startPlain(Environment env, String... extra) {
        return run(
                base(
                        env.getProperty("spring.datasource.url"),
                        env.getProperty("spring.datasource.username"),
                        env.getProperty("spring.datasource.password", "")),
                extra);
    }

    /** Starts a node on a database of its own (JDBC URL and account), with a 1 s scheduler and {@code adminToken}. */
    public static ConfigurableApplicationContext startOn(
            String url, String user, String password, String adminToken, String... extra) {
        List<String> args = base(url, user, password);
        args.add(2, "--nashir.scheduler.interval=1s");
        args.add(4, "--nashir.admin-token=" + adminToken);
        return run(args, extra);
    }

    /** The port the node listens on. */
    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static List<String> base(String url, String user, String password) {
        try {
            return new ArrayList<>(List.of(
                    "--server.port=0",
                    "--nashir.demo=false",
                    "--nashir.data-dir=" + Files.createTempDirectory("nashir-node-"),
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--spring.main.banner-mode=off"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ConfigurableApplicationContext run(List<String> args, String... extra) {
        // Keyed by option name: a repeated key would reach Spring as "a,b", not as the later value.
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String arg : args) {
            byKey.put(key(arg), arg);
        }
        for (String arg : extra) {
            byKey.remove(key(arg));
            byKey.put(key(arg), arg);
        }
        return new SpringApplicationBuilder(NashirApplication.class)
                .run(byKey.values().toArray(String[]::new));
    }

    private static String key(String arg) {
        int eq = arg.indexOf('=');
        return eq < 0 ? arg : arg.substring(0, eq);
    }
}
