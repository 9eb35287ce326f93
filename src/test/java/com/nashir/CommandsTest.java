package com.nashir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The command line's parsing and messages, without a database: a command that gets as far as
 * opening the application finds {@link #contexts} instead, which notes the settings and stops.
 * The commands' work is tested where it is done (BackupRoundTripIT runs {@code restore},
 * FirstSetupIT {@code create-admin}'s service, WordPressImportStreamingIT {@code import-wordpress}
 * from the jar).
 */
class CommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<List<String>> opened = new ArrayList<>();

    private ConfigurableApplicationContext open(FlywayMigrationStrategy migration, List<String> settings) {
        opened.add(settings);
        throw new IllegalStateException("no database here");
    }

    private int run(String... args) {
        return Commands.execute(this::open, new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aCommandIsAFirstArgumentThatIsNotASetting() {
        assertThat(Commands.isCommand(new String[] {"reindex"})).isTrue();
        assertThat(Commands.isCommand(new String[] {"--server.port=8081"}))
                .as("the site starts")
                .isFalse();
        assertThat(Commands.isCommand(new String[] {})).isFalse();
    }

    @Test
    void anUnknownCommandIsAUsageErrorThatListsTheCommands() {
        assertThat(run("reindx")).isEqualTo(Commands.USAGE);
        assertThat(err.toString())
                .contains("reindx")
                .contains("reindex")
                .contains("create-admin")
                .contains("import-wordpress")
                .contains("backup")
                .contains("restore")
                .contains("create-token")
                .contains("related");
        assertThat(opened).isEmpty();
    }

    @Test
    void helpPrintsOneCommandsUsage() {
        assertThat(run("help", "create-admin")).isZero();
        assertThat(out.toString())
                .contains("create-admin")
                .contains("USERNAME")
                .contains("EMAIL")
                .contains("NASHIR_ADMIN_PASSWORD");
    }

    @Test
    void createAdminWithoutAnEmailSaysWhatIsMissing() {
        assertThat(run("create-admin", "rana")).isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("EMAIL").contains("Usage:");
        assertThat(opened).isEmpty();
    }

    @Test
    void importWordPressChecksItsOptionsBeforeOpeningTheDatabase() {
        assertThat(run("import-wordpress")).isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("FILE");
        err.getBuffer().setLength(0);
        assertThat(run("import-wordpress", "export.xml", "--pages=somewhere")).isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("pages");
        assertThat(run("import-wordpress", "export.xml", "--color")).isEqualTo(Commands.USAGE);
        assertThat(run("import-wordpress", "export.xml", "--uploads=/no/such/folder"))
                .isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("/no/such/folder");
        assertThat(opened).isEmpty();
    }

    @Test
    void importWordPressTakesItsOptionsEitherWay(@TempDir Path uploads) {
        assertThat(run("import-wordpress", "export.xml", "--uploads", uploads.toString(), "--pages=skip"))
                .isEqualTo(1);
        assertThat(run("import-wordpress", "export.xml", "--uploads=" + uploads, "--pages", "section:pages"))
                .isEqualTo(1);
        assertThat(opened).hasSize(2);
        assertThat(err.toString()).contains("no database here");
    }

    @Test
    void aBackupRefusesToOverwriteUnlessForced(@TempDir Path dir) throws Exception {
        Path existing = Files.writeString(dir.resolve("site.zip"), "old");
        assertThat(run("backup", existing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists").contains("--force");
        assertThat(opened).isEmpty();
        assertThat(run("backup", existing.toString(), "--force", "--spring.datasource.url=jdbc:h2:mem:x"))
                .isEqualTo(1);
        assertThat(opened).containsExactly(List.of("--spring.datasource.url=jdbc:h2:mem:x"));
    }

    @Test
    void backupAndRestoreTakeSettingsOnlyAsNameEqualsValue(@TempDir Path dir) throws Exception {
        Path archive = Files.writeString(dir.resolve("site.zip"), "zip");
        assertThat(run("restore", archive.toString(), "second.zip")).isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("second.zip");
        assertThat(run("backup", dir.resolve("new.zip").toString(), "--spring.datasource.url"))
                .isEqualTo(Commands.USAGE);
        assertThat(opened).isEmpty();
    }

    @Test
    void restoreNeedsAnArchiveThatExists(@TempDir Path dir) {
        assertThat(run("restore", dir.resolve("missing.zip").toString())).isEqualTo(Commands.USAGE);
        assertThat(err.toString()).contains("missing.zip").contains("is not a file");
        assertThat(opened).isEmpty();
    }

    @Test
    void aFailedRestoreSaysWhyWithoutSpringsWrapping(@TempDir Path dir) throws Exception {
        Path archive = Files.writeString(dir.resolve("site.zip"), "zip");
        assertThat(run("restore", archive.toString(), "--force")).isEqualTo(1);
        assertThat(err.toString()).contains("Restore failed: no database here");
    }

    @Test
    void createTokenJoinsItsNameAndOpensTheDatabase() {
        assertThat(run("create-token", "my", "script")).isEqualTo(1);
        assertThat(opened).hasSize(1);
    }
}
