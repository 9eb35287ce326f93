package com.nashir.admin;

import com.nashir.embed.Embed;
import com.nashir.embed.Embeds;
import com.nashir.system.Messages;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The editor's "تضمين" button and its paste handling ask here whether an address can be embedded,
 * so the browser never holds a second copy of the providers' rules ({@link Embeds}). The body is
 * sanitized again on save whatever the editor inserted.
 */
@Controller
class EmbedCheckController {

    @GetMapping("/admin/embeds")
    @ResponseBody
    ResponseEntity<Map<String, Object>> check(@RequestParam(defaultValue = "") String url) {
        Optional<Embed> found = Embeds.parse(url);
        if (found.isEmpty()) {
            return ResponseEntity.status(422)
                    .body(Map.of("field", "url", "message", Messages.text("admin.embed.unsupported")));
        }
        Embed e = found.get();
        return ResponseEntity.ok(
                Map.of("provider", e.provider().wire(), "id", e.id(), "url", e.url(), "title", e.title()));
    }
}
