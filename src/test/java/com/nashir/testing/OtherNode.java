package com.nashir.testing;

import com.nashir.NashirApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Another Nashir node on the database of the test application (its own port and data
 * directory), as behind a load balancer. Close it when done.
 */
public final class OtherNode {
    private OtherNode() {}

    /** Starts a node on a free port; {@code extra} are further {@code --key=value} arguments. */
    public static ConfigurableApplicationContext start(Environment env, String... extra) {
        return startOn(env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password", ""), env.getProperty("nashir.admin-token"), extra);
    }

    /** Starts a node on a database of its own (JDBC URL and account). */
    public static ConfigurableApplicationContext startOn(String url, String user, String password, String adminToken, String... extra) {
        try {
            List<String> args = new ArrayList<>(List.of("--server.port=0", "--nashir.demo=false", "--nashir.scheduler.interval=1s",
                    "--nashir.data-dir=" + Files.createTempDirectory("nashir-node-"),
                    "--nashir.admin-token=" + adminToken,
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=" + user,
                    "--spring.datasource.password=" + password,
                    "--spring.main.banner-mode=off"));
            args.addAll(List.of(extra));
            return new SpringApplicationBuilder(NashirApplication.class).run(args.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }
}
