package it.orienta.web;

import it.orienta.system.CaseAccessDeniedException;
import it.orienta.system.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Pages answer a missing record with the error page (never the exception's text). */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {
    @ExceptionHandler(NotFoundException.class)
    String notFound(Model model, HttpServletResponse response) {
        response.setStatus(404);
        model.addAttribute("status", 404);
        return "error";
    }

    /** Another centre's case, or a role that reads no case data: the reason, and the ways in that exist. */
    @ExceptionHandler(CaseAccessDeniedException.class)
    String caseDenied(CaseAccessDeniedException e, Model model, HttpServletResponse response) {
        response.setStatus(403);
        model.addAttribute("status", 403);
        model.addAttribute("denial", e);
        return "error";
    }
}
