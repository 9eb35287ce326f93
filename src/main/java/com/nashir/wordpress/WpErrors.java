package com.nashir.wordpress;

import com.nashir.system.DatabaseUnavailable;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure under /wp-json answers in WordPress's error shape, never an HTML page or a problem+json. */
@RestControllerAdvice(basePackageClasses = WpErrors.class)
class WpErrors {
    private static final Logger log = LoggerFactory.getLogger(WpErrors.class);
    private final WpResponses responses;

    WpErrors(WpResponses responses) {
        this.responses = responses;
    }

    @ExceptionHandler(WpError.class)
    ResponseEntity<byte[]> wordpress(WpError e) {
        return responses.error(e);
    }

    /** A rule of a feature (e.g. the search text's length) as a bad parameter. */
    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<byte[]> invalid(InvalidInputException e) {
        Map<String, String> params = new LinkedHashMap<>();
        e.errors().forEach(err -> params.putIfAbsent(err.field(), err.message()));
        return responses.error(WpError.invalidParams(params));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("WordPress API request {}: database unreachable: {}", request.getRequestURI(), e.getMessage());
            ResponseEntity<byte[]> r = responses.error(
                    new WpError("service_unavailable", 503, Messages.text("wordpress.database.unavailable")));
            return ResponseEntity.status(r.getStatusCode())
                    .headers(r.getHeaders())
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(r.getBody());
        }
        log.error("WordPress API request {} failed", request.getRequestURI(), e);
        return responses.error(new WpError("internal_server_error", 500, Messages.text("wordpress.server.error")));
    }
}
