package com.nashir.admin;

import com.nashir.system.ConflictException;
import com.nashir.system.ForbiddenException;
import com.nashir.system.InvalidInputException;
import com.nashir.system.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's post-redirect-get: run a form's action, then go back to a page that shows the
 * outcome, or in plain Arabic why it did not happen. Nothing half-done is shown as done.
 */
final class Flash {
    private Flash() {}

    /** Runs {@code action}; the page at {@code back} then shows {@code done} or the refusal's message. */
    static String run(RedirectAttributes flash, String back, Runnable action, String done) {
        try {
            action.run();
            flash.addFlashAttribute("flash", done);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("flash", e.errors().get(0).message());
        } catch (ConflictException | ForbiddenException | NotFoundException e) {
            flash.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:" + back;
    }
}
