package com.nashir;

import com.nashir.published.ListingCounts;
import com.nashir.search.IndexBuilder;
import com.nashir.search.RelatedFill;
import com.nashir.setup.SiteSetup;
import com.nashir.system.ConflictException;
import com.nashir.system.InvalidInputException;
import com.nashir.user.ApiTokens;
import com.nashir.user.UserService;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Scanner;
import java.util.concurrent.Callable;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * The command line ({@code java -jar nashir.jar COMMAND …}), parsed by picocli: each command is a
 * class below (or {@link ImportCommand}, {@link BackupCommands}) whose fields are its arguments.
 * Wrong arguments print what was wrong and the command's usage, exit code 2; a command that
 * fails prints why, exit code 1. {@code help COMMAND} prints one command's usage.
 */
@Command(
        name = "java -jar nashir.jar",
        synopsisSubcommandLabel = "COMMAND",
        description = "Runs one command against the configured database and exits. Without a command the site starts.",
        commandListHeading = "%nCommands:%n",
        subcommands = {
            Commands.CreateToken.class,
            Commands.CreateAdmin.class,
            Commands.Reindex.class,
            Commands.Related.class,
            ImportCommand.class,
            BackupCommands.Backup.class,
            BackupCommands.Restore.class,
            CommandLine.HelpCommand.class
        })
public final class Commands implements Runnable {
    /** Exit code of a command whose arguments were wrong (picocli's, for input it refuses). */
    static final int USAGE = 2;

    /** Opens the application without the web server for a command; replaced in tests. */
    interface Contexts {
        ConfigurableApplicationContext open(FlywayMigrationStrategy migration, List<String> settings);
    }

    final Contexts contexts;

    @Spec
    CommandSpec spec;

    private Commands(Contexts contexts) {
        this.contexts = contexts;
    }

    /** True when {@code args} name a command rather than the site's own settings ({@code --server.port=…}). */
    static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs a command against the configured database, printing in UTF-8 (the reports are Arabic); returns the exit code. */
    public static int execute(String... args) {
        return execute(NashirApplication::commandContext, utf8(System.out), utf8(System.err), args);
    }

    static int execute(Contexts contexts, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new Commands(contexts));
        line.setOut(out).setErr(err);
        // What was wrong, picocli's "did you mean", then the usage of the command that refused it.
        line.setParameterExceptionHandler((e, given) -> {
            CommandLine refused = e.getCommandLine();
            refused.getErr().println(e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, refused.getErr());
            refused.getErr().println();
            refused.usage(refused.getErr());
            return USAGE;
        });
        line.setExecutionExceptionHandler((e, cmd, parsed) -> {
            failure(e).forEach(cmd.getErr()::println);
            return 1;
        });
        try {
            return line.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command.");
    }

    /** What a failed command says: each refused field on its own line, else the message. */
    static List<String> failure(Exception e) {
        if (e instanceof InvalidInputException invalid) {
            return invalid.errors().stream()
                    .map(x -> x.field() + ": " + x.message())
                    .toList();
        }
        if (e instanceof ConflictException conflict) {
            return List.of(conflict.field() + ": " + conflict.getMessage());
        }
        return List.of(e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private static PrintWriter utf8(java.io.PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    @Command(name = "create-token", description = "Prints a new admin API token (shown once, stored hashed).")
    static final class CreateToken implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Parameters(paramLabel = "NAME", arity = "0..*", description = "what the token is for (default: cli)")
        List<String> name = List.of();

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = root.contexts.open(null, List.of())) {
                String token =
                        ctx.getBean(ApiTokens.class).createSystemToken(name.isEmpty() ? "cli" : String.join(" ", name));
                root.spec.commandLine().getOut().println(token);
                root.spec
                        .commandLine()
                        .getErr()
                        .println(
                                "New admin API token (shown once, stored hashed): use it as 'Authorization: Bearer <token>'");
                return 0;
            }
        }
    }

    @Command(
            name = "create-admin",
            description = {
                "Creates an admin account (scripted installs; a new site also offers /admin/setup).",
                "The password is read from NASHIR_ADMIN_PASSWORD or the first line of standard input."
            })
    static final class CreateAdmin implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Parameters(index = "0", paramLabel = "USERNAME")
        String username;

        @Parameters(index = "1", paramLabel = "EMAIL")
        String email;

        @Parameters(
                index = "2..*",
                paramLabel = "NAME",
                arity = "0..*",
                description = "display name (default: USERNAME)")
        List<String> name = List.of();

        @Override
        public Integer call() {
            String password = password();
            String displayName = name.isEmpty() ? username : String.join(" ", name);
            try (ConfigurableApplicationContext ctx = root.contexts.open(null, List.of())) {
                var user = ctx.getBean(SiteSetup.class)
                        .adminFromCommandLine(
                                new UserService.NewUser(username, email, displayName, password, "admin", null));
                root.spec
                        .commandLine()
                        .getOut()
                        .println("Created admin " + user.username() + " (id " + user.id() + ")");
                return 0;
            }
        }

        private static String password() {
            String password = System.getenv("NASHIR_ADMIN_PASSWORD");
            if (password != null) {
                return password;
            }
            var console = System.console();
            return console != null
                    ? new String(console.readPassword("Password: "))
                    : new Scanner(System.in, StandardCharsets.UTF_8).nextLine();
        }
    }

    /**
     * Builds a new index generation beside the one being served (same data directory) and makes
     * it current; a running node notices within a second, switches, and replays the change feed
     * from where the build began.
     */
    @Command(
            name = "reindex",
            description = {
                "Rebuilds the search index from the database (and counts every",
                "listing's public articles again); a running site keeps serving",
                "the old index and switches when it is done."
            })
    static final class Reindex implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = root.contexts.open(null, List.of())) {
                // The other kept derivative of the articles: after a restore or rows written outside Nashir
                // (a bulk import, bench/archive.sh) the listings' totals are counted again.
                System.err.println("Counting the public articles of every section, tag, author and desk...");
                ctx.getBean(ListingCounts.class).recount();
                System.err.println("Rebuilding the search index from the database...");
                var built = ctx.getBean(IndexBuilder.class)
                        .rebuild(
                                new ConsoleProgress(System.err),
                                Runtime.getRuntime().availableProcessors());
                root.spec
                        .commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "Search index rebuilt: %d articles, %.1f MB, %.1f s (generation %s)%n",
                                built.documents(),
                                built.bytes() / 1e6,
                                built.millis() / 1000.0,
                                built.generation());
                return 0;
            }
        }
    }

    /** Finds the related articles ("اقرأ أيضاً") of every public article and keeps them, on every core, from the current index. */
    @Command(
            name = "related",
            description =
                    "Finds and keeps every public article's related articles (\"اقرأ أيضاً\") from the search index.")
    static final class Related implements Callable<Integer> {
        @ParentCommand
        Commands root;

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext ctx = root.contexts.open(null, List.of())) {
                System.err.println("Finding the related articles of every public article...");
                var filled = ctx.getBean(RelatedFill.class)
                        .fillAll(
                                new ConsoleProgress(System.err),
                                Runtime.getRuntime().availableProcessors());
                root.spec
                        .commandLine()
                        .getOut()
                        .printf(
                                Locale.ROOT,
                                "Related articles kept for %d articles in %.1f s%n",
                                filled.articles(),
                                filled.millis() / 1000.0);
                return 0;
            }
        }
    }
}
