package com.nashir.admin;

import com.nashir.access.Permission;
import com.nashir.system.DataDirectory;
import com.nashir.system.Messages;
import com.nashir.system.NotFoundException;
import com.nashir.wpimport.ImportJobs;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "استيراد من ووردبريس" in the newsroom (admins): the upload form, and a page per import that
 * shows its progress (it reloads itself every two seconds while the import runs; no script
 * needed) and then its report. The upload itself goes to {@link WordPressUploadServlet}.
 */
@Controller
@ConditionalOnWebApplication
class WordPressImportController {
    private final AdminPages pages;
    private final ImportJobs jobs;
    private final long maxBytes;

    WordPressImportController(
            AdminPages pages, ImportJobs jobs, @Value("${nashir.import.max-bytes:200MB}") DataSize maxBytes) {
        this.pages = pages;
        this.jobs = jobs;
        this.maxBytes = maxBytes.toBytes();
    }

    /** The upload servlet with its own multipart limits; parts above 1 MB wait on disk, never in memory. */
    @Bean
    static ServletRegistrationBean<WordPressUploadServlet> wordPressUpload(
            ImportJobs jobs, DataDirectory data, @Value("${nashir.import.max-bytes:200MB}") DataSize max) {
        var registration = new ServletRegistrationBean<>(
                new WordPressUploadServlet(jobs, data, max.toBytes()), WordPressUploadServlet.PATH);
        Path spool = data.root().resolve("import").resolve("spool");
        try {
            Files.createDirectories(spool);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        registration.setMultipartConfig(
                new MultipartConfigElement(spool.toString(), max.toBytes(), max.toBytes() + 1024 * 1024, 1024 * 1024));
        registration.setLoadOnStartup(1);
        return registration;
    }

    @GetMapping("/admin/import")
    String form(@RequestParam(required = false) String problem, HttpServletRequest request, Model model) {
        AdminPage page = pages.page(request, Messages.text("admin.import.title"), "import");
        page.me().actor(request.getRemoteAddr()).require(Permission.IMPORT_CONTENT);
        model.addAttribute("page", page);
        // The upload's outcome by name; import.jte holds the words of each, so nothing typed is echoed.
        model.addAttribute("problem", problem);
        model.addAttribute("jobs", jobs.recent());
        model.addAttribute("maxMegabytes", maxBytes / (1024 * 1024));
        return "admin/import";
    }

    @GetMapping("/admin/import/{id}")
    String job(@PathVariable String id, HttpServletRequest request, Model model) {
        AdminPage page = pages.page(request, Messages.text("admin.import.title"), "import");
        page.me().actor(request.getRemoteAddr()).require(Permission.IMPORT_CONTENT);
        model.addAttribute("page", page);
        model.addAttribute(
                "job", jobs.find(id).orElseThrow(() -> new NotFoundException(Messages.text("admin.import.not-found"))));
        return "admin/import-job";
    }
}
