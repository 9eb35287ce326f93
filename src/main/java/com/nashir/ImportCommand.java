package com.nashir;

import com.nashir.access.Actor;
import com.nashir.system.InvalidInputException;
import com.nashir.wpimport.ImportOptions;
import com.nashir.wpimport.WordPressImport;
import com.nashir.wpimport.WxrException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code import-wordpress FILE [--uploads DIR] [--pages=section:SLUG|skip]}: imports a WordPress
 * export into the configured database (the site may be running on it: embedded H2 is opened in
 * its shared mode). Progress goes to standard error, the report to standard output.
 */
@Command(
        name = "import-wordpress",
        description = {
            "Imports a WordPress export (WXR); running it again updates",
            "what the first run imported (docs/wordpress.md)."
        })
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Commands root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the export (.xml)")
    Path file;

    @Option(
            names = "--uploads",
            paramLabel = "DIR",
            description = "the old site's wp-content/uploads, for the pictures")
    String uploads;

    @Option(names = "--pages", paramLabel = "section:SLUG|skip", description = "where WordPress pages go")
    String pages;

    @Override
    public Integer call() {
        ImportOptions options;
        try {
            options = ImportOptions.of(uploads, pages);
        } catch (InvalidInputException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), String.join("\n", Commands.failure(e)));
        }
        // The report is Arabic: UTF-8 whatever the terminal's locale says.
        var err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext ctx = root.contexts.open(null, List.of())) {
            ImportConsole progress = new ImportConsole(err);
            try {
                var report = ctx.getBean(WordPressImport.class)
                        .run(file.toAbsolutePath(), options, Actor.system("import-wordpress"), progress);
                progress.end();
                report.lines().forEach(spec.commandLine().getOut()::println);
                return 0;
            } catch (WxrException | InvalidInputException e) {
                progress.end();
                throw e;
            }
        }
    }
}
