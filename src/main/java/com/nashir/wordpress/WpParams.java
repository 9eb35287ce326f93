package com.nashir.wordpress;

import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads query parameters the way WordPress does: lists as "1,2", repeated or "name[]"; numbers
 * within bounds; dates as ISO 8601 with or without an offset (without one, in the site's zone).
 * Collects every mistake, then {@link #throwIfInvalid()} answers {@code rest_invalid_param}
 * naming each. Unknown parameters are ignored, as WordPress ignores them.
 */
final class WpParams {
    static final int MAX_PER_PAGE = 100;

    private final HttpServletRequest request;
    private final Map<String, String> errors = new LinkedHashMap<>();

    WpParams(HttpServletRequest request) {
        this.request = request;
        String context = text("context");
        if (context != null && context.equals("edit")) {
            throw new WpError("rest_forbidden_context", 401, Messages.text("wordpress.context.edit-forbidden"));
        }
        if (context != null && !context.isEmpty() && !context.equals("view") && !context.equals("embed")) {
            fail("context", Messages.text("wordpress.context.invalid"));
        }
    }

    /** The first value, or null when absent. */
    String text(String name) {
        String value = request.getParameter(name);
        return value == null ? request.getParameter(name + "[]") : value;
    }

    boolean has(String name) {
        return text(name) != null;
    }

    int integer(String name, int fallback, int min, int max) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(
                name,
                max == Integer.MAX_VALUE
                        ? Messages.text("wordpress.param.integer-min", name, min)
                        : Messages.text("wordpress.param.integer-range", name, min, max));
        return fallback;
    }

    /** page (from 1) and per_page (1–100, default 10). */
    int page() {
        return integer("page", 1, 1, Integer.MAX_VALUE);
    }

    int perPage() {
        return integer("per_page", 10, 1, MAX_PER_PAGE);
    }

    /** Every value given, in order, repeated parameters and "name[]" included, comma lists split, blanks dropped. */
    List<String> list(String name) {
        List<String> out = new ArrayList<>();
        for (String key : List.of(name, name + "[]")) {
            String[] values = request.getParameterValues(key);
            if (values != null) {
                for (String v : values) {
                    for (String part : v.split(",")) {
                        if (!part.isBlank()) {
                            out.add(part.strip());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Positive ids, in the order given, each once. */
    List<Long> ids(String name) {
        Set<Long> out = new LinkedHashSet<>();
        for (String v : list(name)) {
            try {
                long id = Long.parseLong(v);
                if (id >= 0) {
                    out.add(id);
                    continue;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            fail(name, Messages.text("wordpress.param.ids", name));
            break;
        }
        return List.copyOf(out);
    }

    /** One of {@code allowed}; {@code fallback} when absent. */
    String oneOf(String name, String fallback, List<String> allowed) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!allowed.contains(value.strip())) {
            fail(name, Messages.text("wordpress.param.one-of", name, String.join(", ", allowed)));
            return fallback;
        }
        return value.strip();
    }

    boolean bool(String name, boolean fallback) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.strip()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> {
                fail(name, Messages.text("wordpress.param.boolean", name));
                yield fallback;
            }
        };
    }

    /** "2024-06-17T10:30:00+03:00", "2024-06-17T10:30:00" (site time) or "2024-06-17" (its start, site time). */
    Instant dateTime(String name, ZoneId zone) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            // try a bare day
        }
        try {
            return LocalDate.parse(v).atStartOfDay(zone).toInstant();
        } catch (DateTimeException e) {
            fail(name, Messages.text("wordpress.param.date", name));
            return null;
        }
    }

    void fail(String name, String message) {
        errors.putIfAbsent(name, message);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw WpError.invalidParams(errors);
        }
    }
}
