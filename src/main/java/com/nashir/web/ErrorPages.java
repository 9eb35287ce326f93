package com.nashir.web;

import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Missing content on the public site gets the Arabic 404 page, never a stack trace. */
@ControllerAdvice(basePackageClasses = ErrorPages.class)
class ErrorPages {
    private final FrameFactory frames;

    ErrorPages(FrameFactory frames) {
        this.frames = frames;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND);
    }

    ModelAndView page(HttpServletRequest request, HttpStatus status) {
        var mav = new ModelAndView("error");
        mav.setStatus(status);
        String title;
        String message;
        if (status == HttpStatus.NOT_FOUND) {
            title = "الصفحة غير موجودة";
            message = "لم نجد ما تبحث عنه. ربما نُقلت الصفحة أو حُذفت، أو أن الرابط غير مكتمل.";
        } else if (status == HttpStatus.CONTENT_TOO_LARGE) {
            title = "الملف كبير جداً";
            message = "حجم ما أرسلته أكبر من المسموح به. عُد إلى الصفحة السابقة واختر ملفاً أصغر.";
        } else if (status.is4xxClientError()) {
            title = "تعذّر فهم الطلب";
            message = "الطلب غير صالح. تحقّق من الرابط وحاول مجدداً.";
        } else {
            title = "حدث خطأ";
            message = "حدث خطأ غير متوقع من جهتنا. حاول مجدداً بعد قليل.";
        }
        mav.addObject("frame", frames.frame(request, title, title, "/", null));
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        return mav;
    }
}
