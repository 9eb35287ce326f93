package com.nashir.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.system.CapturedOutput;

/** The setup line of the start-up log, as an operator reads it. */
final class SetupLog {
    private static final Pattern LINE = Pattern.compile(
            "Open (http://\\S+/admin/setup) to name the site and create the first admin, with the setup code ([A-Z2-9]{4}(?:-[A-Z2-9]{4}){3})");

    private SetupLog() {}

    /** Every setup code the log printed so far (one per node started on a new site). */
    static List<String> codes(CapturedOutput output) {
        return LINE.matcher(output.getAll()).results().map(m -> m.group(2)).toList();
    }

    /** The setup code, checking that the line names the address of the node at {@code port}. */
    static String code(CapturedOutput output, int port) {
        Matcher m = LINE.matcher(output.getAll());
        assertThat(m.find())
                .as("the start-up log names the setup page and its code:\n" + output.getAll())
                .isTrue();
        assertThat(m.group(1)).isEqualTo("http://localhost:" + port + "/admin/setup");
        return m.group(2);
    }
}
