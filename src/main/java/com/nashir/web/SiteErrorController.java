package com.nashir.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
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
 */
@Controller
class SiteErrorController implements ErrorController {
    private final ErrorPages pages;

    SiteErrorController(ErrorPages pages) {
        this.pages = pages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = HttpStatus.resolve(code instanceof Integer i ? i : 500);
        if (status == null || status.value() < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(status));
            problem.setTitle(message(status));
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView mav = pages.page(request, status);
        return mav;
    }

    private static String message(HttpStatus status) {
        return Map.of(
                404, "المسار غير موجود",
                405, "الطريقة غير مسموحة لهذا المسار",
                401, "مطلوب رمز دخول صالح",
                403, "لا تملك صلاحية هذا الإجراء",
                413, "حجم الطلب أكبر من المسموح به").getOrDefault(status.value(),
                status.is4xxClientError() ? "الطلب غير صالح" : "حدث خطأ غير متوقع من جهتنا");
    }
}
