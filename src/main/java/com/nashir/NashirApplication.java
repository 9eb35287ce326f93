package com.nashir;

import com.nashir.api.ApiTokens;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the site, or runs a command against the configured database:
 * {@code java -jar nashir.jar create-token [name]} prints a new admin API token.
 */
@SpringBootApplication
public class NashirApplication {

    public static void main(String[] args) {
        if (args.length > 0 && !args[0].startsWith("-")) {
            System.exit(command(args));
        }
        SpringApplication.run(NashirApplication.class, args);
    }

    private static int command(String[] args) {
        switch (args[0]) {
            case "create-token" -> {
                String name = args.length > 1 ? String.join(" ", Arrays.copyOfRange(args, 1, args.length)) : "cli";
                try (ConfigurableApplicationContext ctx = commandContext()) {
                    String token = ctx.getBean(ApiTokens.class).create(name, "admin");
                    System.out.println(token);
                    System.err.println("New admin API token (shown once, stored hashed): use it as 'Authorization: Bearer <token>'");
                }
                return 0;
            }
            default -> {
                System.err.println("Unknown command: " + args[0]);
                System.err.println("Commands:\n  create-token [name]   print a new admin API token");
                return 2;
            }
        }
    }

    /** The application without the web server or the demo: just storage and services. */
    private static ConfigurableApplicationContext commandContext() {
        SpringApplication app = new SpringApplication(NashirApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app.run("--nashir.demo=false", "--logging.level.root=ERROR");
    }
}
