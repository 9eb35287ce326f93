package com.nashir.live;

import com.nashir.arabic.BidiRuns;
import com.nashir.breaking.BreakingEvent;
import com.nashir.breaking.BreakingItem;
import com.nashir.format.Fmt;
import com.nashir.system.SafeUrls;
import com.nashir.web.LiveUpdateView;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Server-Sent Events frames for the live "عاجل" strip. Every event carries the whole strip as it
 * stands (at most five items), not only the change, so a reader that missed events, or gets one
 * twice, still ends up with the right strip. Times are formatted as the page formats them.
 */
final class LiveFrames {
    /** Sent first on every connection: how long the browser waits before reconnecting. */
    static final byte[] RETRY = "retry: 3000\n\n".getBytes(StandardCharsets.UTF_8);
    /** A comment line: keeps proxies from closing a quiet stream and reveals dead connections. */
    static final byte[] HEARTBEAT = ": \n\n".getBytes(StandardCharsets.UTF_8);

    private final JsonMapper json;

    LiveFrames(JsonMapper json) {
        this.json = json;
    }

    /** The frame for one event: its id (the resume point), its kind and the strip after it. */
    byte[] event(BreakingEvent event, List<BreakingItem> strip, Fmt fmt) {
        return frame(event.id(), event.kind(), event.itemId(), strip, fmt);
    }

    /** The strip as it stands, for a reader whose position is unknown or too old to replay. */
    byte[] snapshot(long latestId, List<BreakingItem> strip, Fmt fmt) {
        return frame(latestId, "snapshot", null, strip, fmt);
    }

    /**
     * A live coverage frame ({@code event: live}): the update as the page shows it (null when it
     * was removed), or the coverage's new state. The page of that article applies it; others ignore it.
     */
    byte[] live(long id, String kind, Long articleId, String state, Long updateId, LiveUpdateView update) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind);
        data.put("article", articleId);
        if (state != null) {
            data.put("state", state);
        }
        if (update != null) {
            data.put("update", update.wire());
        } else if (updateId != null) {
            data.put("update", Map.of("id", updateId));
        }
        String text = "id: " + id + "\nevent: live\ndata: " + json.writeValueAsString(data) + "\n\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] frame(long id, String kind, Long itemId, List<BreakingItem> strip, Fmt fmt) {
        List<Map<String, Object>> items = new ArrayList<>(strip.size());
        for (BreakingItem b : strip) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", b.id());
            m.put("text", BidiRuns.digitsForReading(b.text(), fmt.style().digits()));
            m.put("url", b.url() != null && SafeUrls.isSafe(b.url()) ? b.url() : null);
            m.put("time", fmt.time(b.createdAt()));
            m.put("datetime", fmt.iso(b.createdAt()));
            items.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind);
        data.put("item", itemId);
        data.put("items", items);
        // JSON escapes line breaks inside strings, so the data is one line, as SSE requires.
        String text = "id: " + id + "\nevent: breaking\ndata: " + json.writeValueAsString(data) + "\n\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
