package com.nashir.wordpress;

import com.nashir.system.Messages;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error in WordPress's shape: {@code {"code", "message", "data": {"status", "params"?}}}.
 * The code is WordPress's own identifier (clients switch on it); the message is Arabic.
 */
class WpError extends RuntimeException {
    private final String code;
    private final int status;
    private final Map<String, String> params;

    WpError(String code, int status, String message) {
        this(code, status, message, Map.of());
    }

    private WpError(String code, int status, String message, Map<String, String> params) {
        super(message);
        this.code = code;
        this.status = status;
        this.params = params;
    }

    static WpError noRoute() {
        return new WpError("rest_no_route", 404, Messages.text("wordpress.route.not-found"));
    }

    /** {@code rest_invalid_param}, 400, naming every bad parameter with what is wrong with it. */
    static WpError invalidParams(Map<String, String> params) {
        return new WpError(
                "rest_invalid_param",
                400,
                Messages.text("wordpress.params.invalid", String.join(", ", params.keySet())),
                new LinkedHashMap<>(params));
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }

    /** The body as WordPress writes it. */
    Map<String, Object> body() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("status", status);
        if (!params.isEmpty()) {
            data.put("params", params);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("message", getMessage());
        body.put("data", data);
        return body;
    }
}
