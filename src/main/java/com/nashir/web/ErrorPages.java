package com.nashir.web;

import com.nashir.system.Messages;
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
            title = Messages.text("web.error.not-found.title");
            message = Messages.text("web.error.not-found.message");
        } else if (status == HttpStatus.CONTENT_TOO_LARGE) {
            title = Messages.text("web.error.too-large.title");
            message = Messages.text("web.error.too-large.message");
        } else if (status.is4xxClientError()) {
            title = Messages.text("web.error.bad-request.title");
            message = Messages.text("web.error.bad-request.message");
        } else {
            title = Messages.text("web.error.unexpected.title");
            message = Messages.text("web.error.unexpected.message");
        }
        mav.addObject("frame", frames.frame(request, title, title, "/", null));
        mav.addObject("status", status.value());
        mav.addObject("message", message);
        return mav;
    }
}
