package com.nashir.admin;

import com.nashir.access.Actor;
import com.nashir.access.Permission;
import com.nashir.system.ConflictException;
import com.nashir.system.DataDirectory;
import com.nashir.system.InvalidInputException;
import com.nashir.system.UploadDrain;
import com.nashir.wpimport.ImportJobs;
import com.nashir.wpimport.ImportOptions;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Receives a WordPress export uploaded from {@code /admin/import} and starts its import in the
 * background. A servlet of its own, not a Spring MVC controller, because the multipart limits
 * belong to a servlet: this one takes files up to {@code nashir.import.max-bytes} (200 MB) while
 * every other upload (media, 15 MB) keeps its limit. The Spring Security chain for /admin runs in
 * front of it as for any newsroom address (session, CSRF token in the address as for the media
 * form); the admin role is checked here. Outcomes are redirects to fixed Arabic messages.
 */
class WordPressUploadServlet extends HttpServlet {
    static final String PATH = "/admin/import/upload";

    private final transient ImportJobs jobs;
    private final transient DataDirectory data;
    private final long maxBytes;

    WordPressUploadServlet(ImportJobs jobs, DataDirectory data, long maxBytes) {
        this.jobs = jobs;
        this.data = data;
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SignedIn me = AdminPages.signedIn();
        if (me == null) {
            response.sendRedirect("/admin/login");
            return;
        }
        Actor actor = me.actor(request.getRemoteAddr());
        if (!actor.can(Permission.IMPORT_CONTENT)) {
            UploadDrain.drain(request, maxBytes);
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        Part part;
        try {
            part = request.getPart("file");
        } catch (IllegalStateException | jakarta.servlet.ServletException tooLarge) {
            UploadDrain.drain(request, maxBytes);
            response.sendRedirect("/admin/import?problem=too-large");
            return;
        }
        if (part == null || part.getSize() == 0) {
            response.sendRedirect("/admin/import?problem=empty");
            return;
        }
        ImportOptions options;
        try {
            options = ImportOptions.of(request.getParameter("uploads"), request.getParameter("pages"));
        } catch (InvalidInputException e) {
            part.delete();
            response.sendRedirect("/admin/import?problem=" + e.errors().get(0).field());
            return;
        }
        Path dir = Files.createDirectories(data.root().resolve("import"));
        Path file = dir.resolve(UUID.randomUUID() + ".xml");
        try (InputStream in = part.getInputStream()) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            part.delete();
        }
        String name = part.getSubmittedFileName() == null ? "export.xml" : part.getSubmittedFileName();
        try {
            var job = jobs.start(file, name, options, actor);
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", "/admin/import/" + job.id());
        } catch (ConflictException e) {
            response.sendRedirect("/admin/import?problem=busy");
        }
    }
}
