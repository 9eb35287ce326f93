package com.nashir.admin;

import com.nashir.system.ForbiddenException;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Newsroom errors as newsroom pages, in Arabic, saying which role an action needs. */
@ControllerAdvice(basePackageClasses = AdminErrors.class)
class AdminErrors {
    private final AdminPages pages;

    AdminErrors(AdminPages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(ForbiddenException e, HttpServletRequest request) {
        return page(request, HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e, HttpServletRequest request) {
        return page(request, HttpStatus.NOT_FOUND, e.getMessage());
    }

    private ModelAndView page(HttpServletRequest request, HttpStatus status, String message) {
        var mav = new ModelAndView("admin/message");
        mav.setStatus(status);
        mav.addObject(
                "page",
                pages.page(
                        request,
                        status == HttpStatus.FORBIDDEN
                                ? Messages.text("admin.error.forbidden-title")
                                : Messages.text("admin.error.not-found-title"),
                        null));
        mav.addObject("message", message);
        return mav;
    }
}
