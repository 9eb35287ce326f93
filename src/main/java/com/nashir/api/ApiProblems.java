package com.nashir.api;

import com.nashir.media.MediaLimits;
import com.nashir.system.ConflictException;
import com.nashir.system.DatabaseUnavailable;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import tools.jackson.core.JacksonException;

/**
 * Every API error is an RFC 9457 problem+json with an Arabic title and detail, the offending
 * {@code field} and, for validation, the list of all {@code errors}.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems {
    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);
    private final MediaLimits mediaLimits;

    ApiProblems(MediaLimits mediaLimits) {
        this.mediaLimits = mediaLimits;
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
        var first = e.errors().get(0);
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST, Messages.text("api.problem.invalid"), first.message(), first.field(), request);
        p.setProperty(
                "errors",
                e.errors().stream()
                        .map(err -> Map.of("field", err.field(), "message", err.message()))
                        .toList());
        return respond(p);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.CONFLICT, Messages.text("api.problem.conflict"), e.getMessage(), e.field(), request));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request) {
        ProblemDetail p =
                problem(HttpStatus.FORBIDDEN, Messages.text("api.problem.forbidden"), e.getMessage(), null, request);
        p.setProperty("requiredRole", e.requiredRole());
        return respond(p);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
        return respond(
                problem(HttpStatus.NOT_FOUND, Messages.text("api.problem.not-found"), e.getMessage(), null, request));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof com.nashir.system.RequestBodyLimit.TooLargeException) {
                return respond(problem(
                        HttpStatus.CONTENT_TOO_LARGE,
                        Messages.text("api.problem.too-large"),
                        Messages.text("api.body.too-large"),
                        "(body)",
                        request));
            }
        }
        String field = null;
        if (e.getMostSpecificCause() instanceof JacksonException je
                && !je.getPath().isEmpty()) {
            field = path(je.getPath());
        }
        String detail =
                field == null ? Messages.text("api.body.not-json") : Messages.text("api.body.wrong-type", field);
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                detail,
                field == null ? "(body)" : field,
                request));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                Messages.text("api.param.invalid", e.getName()),
                e.getName(),
                request));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                Messages.text("api.param.required", e.getParameterName()),
                e.getParameterName(),
                request));
    }

    /** An upload over the servlet's multipart limit (which follows nashir.media.max-bytes). */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ProblemDetail p = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                Messages.text("api.problem.file-too-large"),
                mediaLimits.tooLargeMessage(),
                "file",
                request);
        p.setProperty("errors", List.of(Map.of("field", "file", "message", mediaLimits.tooLargeMessage())));
        return respond(p);
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                Messages.text("api.part.required", e.getRequestPartName()),
                e.getRequestPartName(),
                request));
    }

    /** A multipart body that cannot be parsed (cut off, bad boundary): the file did not arrive. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                Messages.text("api.multipart.unreadable"),
                "file",
                request));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.METHOD_NOT_ALLOWED,
                Messages.text("api.problem.method-not-allowed"),
                Messages.text("api.method.not-accepted", e.getMethod()),
                null,
                request));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                Messages.text("api.problem.media-type"),
                Messages.text("api.media-type.json-only"),
                "Content-Type",
                request));
    }

    /** The node's budget for this work is in use (image decoding): try again shortly, nothing was saved. */
    @ExceptionHandler(com.nashir.system.BusyException.class)
    ResponseEntity<ProblemDetail> busy(com.nashir.system.BusyException e, HttpServletRequest request) {
        ProblemDetail p = problem(
                HttpStatus.SERVICE_UNAVAILABLE, Messages.text("api.problem.busy"), e.getMessage(), null, request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header("Retry-After", Integer.toString(e.retryAfterSeconds()))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** Parameters Tomcat cannot parse (a form body with broken percent-encoding): the caller's mistake. */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<ProblemDetail> badParameters(RuntimeException e, HttpServletRequest request) {
        return respond(problem(
                HttpStatus.BAD_REQUEST,
                Messages.text("api.problem.invalid"),
                Messages.text("api.params.unreadable"),
                "(query)",
                request));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            log.warn("Database unreachable on {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            Messages.text("api.problem.unavailable"),
                            Messages.text("api.database.unavailable"),
                            null,
                            request));
        }
        log.error("Unexpected API error on {} {}", request.getMethod(), request.getRequestURI(), e);
        return respond(problem(
                HttpStatus.INTERNAL_SERVER_ERROR,
                Messages.text("api.problem.unexpected"),
                Messages.text("api.unexpected.detail"),
                null,
                request));
    }

    private static ProblemDetail problem(
            HttpStatus status, String title, String detail, String field, HttpServletRequest request) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setTitle(title);
        p.setInstance(URI.create(request.getRequestURI().replaceAll("[^\\x21-\\x7e]", "")));
        if (field != null) {
            p.setProperty("field", field);
        }
        return p;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(p);
    }

    /** "featuredImage.url", "tags[0]" — the same names the fields have in the request. */
    private static String path(List<JacksonException.Reference> refs) {
        StringBuilder sb = new StringBuilder();
        for (var r : refs) {
            if (r.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }
}
