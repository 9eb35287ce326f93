package com.nashir.api;

import com.nashir.access.Actor;
import com.nashir.site.SiteSettingsService;
import com.nashir.site.SiteSettingsService.SettingsInput;
import com.nashir.site.SiteSettingsService.StoredSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The site settings (admins): GET, PUT (every field), PATCH (merge patch). {@code source} says
 * whether the configured values are still in force ("configuration") or an admin saved them
 * ("database"). {@code baseUrl} is configuration only and read-only here.
 */
@RestController
@RequestMapping("/api/v1/settings")
class SettingsApi {
    private final SiteSettingsService settings;
    private final ApiShapes shapes;
    private final JsonMerge merge;

    SettingsApi(SiteSettingsService settings, ApiShapes shapes, JsonMerge merge) {
        this.settings = settings;
        this.shapes = shapes;
        this.merge = merge;
    }

    @GetMapping
    Map<String, Object> get(Actor actor) {
        return json(settings.read(actor));
    }

    @PutMapping
    Map<String, Object> replace(Actor actor, @RequestBody SettingsInput body) {
        return json(settings.save(actor, body));
    }

    @PatchMapping
    Map<String, Object> patch(Actor actor, @RequestBody JsonNode patch) {
        SettingsInput current = settings.read(actor).values();
        SettingsInput merged = merge.apply(current, patch, SettingsInput.class);
        // The version read a moment ago is no guard; only one the caller sent is.
        SettingsInput in = patch.has("version") ? merged : withoutVersion(merged);
        return json(settings.save(actor, in));
    }

    private Map<String, Object> json(StoredSettings s) {
        SettingsInput v = s.values();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", v.name());
        m.put("tagline", v.tagline());
        m.put("logoMediaId", v.logoMediaId());
        m.put(
                "logoUrl",
                s.effective().logo() == null
                        ? null
                        : shapes.url(s.effective().logo().url()));
        m.put("timeZone", v.timeZone());
        m.put("months", v.months());
        m.put("digits", v.digits());
        m.put("hijri", v.hijri());
        m.put("commentsCloseDays", v.commentsCloseDays());
        m.put("pageSize", v.pageSize());
        m.put("trustReturningCommenters", v.trustReturningCommenters());
        m.put("feedContent", v.feedContent());
        m.put("commentsClosedNotice", v.commentsClosedNotice());
        m.put("baseUrl", s.effective().baseUrl());
        m.put("source", s.saved() ? "database" : "configuration");
        m.put("version", v.version());
        m.put("updatedAt", shapes.time(s.updatedAt()));
        m.put("updatedBy", s.updatedBy());
        return m;
    }

    private static SettingsInput withoutVersion(SettingsInput i) {
        return new SettingsInput(
                i.name(),
                i.tagline(),
                i.logoMediaId(),
                i.timeZone(),
                i.months(),
                i.digits(),
                i.hijri(),
                i.commentsCloseDays(),
                i.pageSize(),
                i.trustReturningCommenters(),
                i.feedContent(),
                i.commentsClosedNotice(),
                null);
    }
}
