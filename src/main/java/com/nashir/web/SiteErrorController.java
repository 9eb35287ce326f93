package com.nashir.web;

import com.nashir.system.DatabaseUnavailable;
import com.nashir.system.Messages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that reach the servlet container (unknown URLs, malformed requests, anything
 * unhandled). Readers get the Arabic error page; API callers get problem+json. Never a trace.
 * When the database is unreachable: 503 with Retry-After (readers who asked for a page the
 * cache holds got that copy before reaching here: {@code PageCacheFilter}).
 */
@Controller
class SiteErrorController implements ErrorController {
    private final ErrorPages pages;

    SiteErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, HttpServletResponse response) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                && DatabaseUnavailable.causedBy(failure)) {
            return unavailable(uri instanceof String path ? path : "", response);
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        // No error behind it: someone opened /error itself, a page that does not exist.
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 404);
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (uri instanceof String path && path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(status));
            problem.setTitle(message(status));
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            return ResponseEntity.status(status)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView mav = pages.page(request, status);
        return mav;
    }

    /**
     * The database cannot be reached (and the page cache had no copy): 503 with Retry-After, a
     * page that needs no database (the usual frame reads menus and settings from it), or
     * problem+json for API callers. Nothing of the request was written: each write is one transaction.
     */
    private static Object unavailable(String path, HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        if (path.startsWith("/api/") || path.startsWith("/wp-json")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.SERVICE_UNAVAILABLE, Messages.text("api.database.unavailable"));
            problem.setTitle(Messages.text("api.problem.unavailable"));
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        ModelAndView mav = new ModelAndView("unavailable");
        mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        if (path.startsWith("/admin")) {
            mav.addObject("title", Messages.text("web.unavailable.newsroom.title"));
            mav.addObject("message", Messages.text("web.unavailable.newsroom.message"));
        } else {
            mav.addObject("title", Messages.text("web.unavailable.site.title"));
            mav.addObject("message", Messages.text("web.unavailable.site.message"));
        }
        return mav;
    }

    private static String message(HttpStatus status) {
        return Messages.text(
                switch (status.value()) {
                    case 404 -> "web.error.api.not-found";
                    case 405 -> "web.error.api.method-not-allowed";
                    case 401 -> "api.auth.title";
                    case 403 -> "api.problem.forbidden";
                    case 413 -> "web.error.api.too-large";
                    default -> status.is4xxClientError() ? "web.error.api.invalid" : "web.error.api.unexpected";
                });
    }
}
