package com.nashir.api;

import com.nashir.system.InvalidInputException;
import com.nashir.system.Messages;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PATCH as JSON Merge Patch (RFC 7396): the stored resource, as the API shows it, with the
 * patch's fields laid over it; null removes a field. The result then goes through the same
 * checks as a PUT.
 */
@Component
class JsonMerge {
    private final JsonMapper mapper;

    JsonMerge(JsonMapper mapper) {
        this.mapper = mapper;
    }

    <T> T apply(Object current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidInputException("(body)", Messages.text("api.patch.not-object"));
        }
        ObjectNode merged = mapper.valueToTree(current);
        merge(merged, (ObjectNode) patch);
        try {
            return mapper.treeToValue(merged, type);
        } catch (JacksonException e) {
            String field = e.getPath().isEmpty() ? "(body)" : e.getPath().get(0).getPropertyName();
            throw new InvalidInputException(field == null ? "(body)" : field, Messages.text("api.patch.wrong-type"));
        }
    }

    private static void merge(ObjectNode target, ObjectNode patch) {
        for (var entry : patch.properties()) {
            JsonNode value = entry.getValue();
            if (value.isNull()) {
                target.remove(entry.getKey());
            } else if (value.isObject() && target.get(entry.getKey()) instanceof ObjectNode child) {
                merge(child, (ObjectNode) value);
            } else {
                target.set(entry.getKey(), value);
            }
        }
    }
}
