package com.nashir.web;

import com.nashir.system.DatabaseUnavailable;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Map;
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
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "تعذّر الوصول إلى قاعدة البيانات؛ لم يُحفظ شيء من هذا الطلب. أعد المحاولة بعد قليل");
            problem.setTitle("الخدمة غير متاحة مؤقتاً");
            problem.setInstance(URI.create(path.replaceAll("[^\\x21-\\x7e]", "")));
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                    .body(problem);
        }
        ModelAndView mav = new ModelAndView("unavailable");
        mav.setStatus(HttpStatus.SERVICE_UNAVAILABLE);
        if (path.startsWith("/admin")) {
            mav.addObject("title", "قاعدة البيانات غير متاحة الآن");
            mav.addObject(
                    "message",
                    "لم يُحفظ شيء من هذا الطلب، ولم يُكتب أي تغيير ناقص. ما كتبته ما زال في الصفحة السابقة: "
                            + "عُد إليها بزر الرجوع وأعد الإرسال بعد دقيقة. تعود غرفة الأخبار وحدها حين تعود قاعدة البيانات.");
        } else {
            mav.addObject("title", "الموقع غير متاح مؤقتاً");
            mav.addObject("message", "نعمل على إعادته خلال دقائق. أعد تحميل الصفحة بعد قليل.");
        }
        return mav;
    }

    private static String message(HttpStatus status) {
        return Map.of(
                        404, "المسار غير موجود",
                        405, "الطريقة غير مسموحة لهذا المسار",
                        401, "مطلوب رمز دخول صالح",
                        403, "لا تملك صلاحية هذا الإجراء",
                        413, "حجم الطلب أكبر من المسموح به")
                .getOrDefault(
                        status.value(), status.is4xxClientError() ? "الطلب غير صالح" : "حدث خطأ غير متوقع من جهتنا");
    }
}
