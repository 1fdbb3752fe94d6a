package dev.emailsecurity.emulator.store;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The entries of one settings resource, keyed by a UUID string id. Every entry also answers to a small
 * integer alias (the 2025 API's int ids). Guarded by the backend lock.
 */
public final class SettingsStore {

    private final SettingsKind kind;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private Map<String, ObjectNode> entries = new LinkedHashMap<>();
    private Map<String, String> aliases = new HashMap<>();
    private int nextAlias;

    SettingsStore(SettingsKind kind, Clock clock, Supplier<UUID> ids, int firstAlias) {
        this.kind = kind;
        this.clock = clock;
        this.ids = ids;
        this.nextAlias = firstAlias;
    }

    public SettingsKind kind() {
        return kind;
    }

    public List<ObjectNode> all() {
        return new ArrayList<>(entries.values());
    }

    /** Finds by id or integer alias; 404 otherwise. */
    public ObjectNode require(String idOrAlias, String pointer) {
        String id = aliases.getOrDefault(idOrAlias, idOrAlias);
        ObjectNode entry = entries.get(id);
        if (entry == null) {
            throw new ApiException(404, List.of(new ApiException.ErrorItem(1404,
                    kind.label() + " not found: " + idOrAlias, pointer)));
        }
        return entry;
    }

    /** The integer alias of an entry. */
    public String aliasOf(String id) {
        return aliases.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    public List<ObjectNode> list(ApiRequest r) {
        List<ObjectNode> out = new ArrayList<>();
        String search = r.param("search");
        for (ObjectNode e : entries.values()) {
            if (matchesFilters(e, r) && (search == null || matchesSearch(e, search))) {
                out.add(e);
            }
        }
        String order = r.param("order") == null ? "created_at" : r.param("order");
        Comparator<ObjectNode> cmp = Comparator.comparing((ObjectNode e) -> e.path(order).asText(""))
                .thenComparing(e -> e.path("created_at").asText("")).thenComparing(e -> e.path("id").asText());
        out.sort("desc".equals(r.param("direction")) ? cmp.reversed() : cmp);
        return out;
    }

    private boolean matchesFilters(ObjectNode e, ApiRequest r) {
        for (Map.Entry<String, String> f : kind.filters().entrySet()) {
            List<String> wanted = r.params(f.getKey());
            if (wanted.isEmpty()) {
                continue;
            }
            JsonNode value = e.get(f.getValue());
            boolean hit = false;
            for (String w : wanted) {
                if (value != null && value.isArray()) {
                    hit |= Json.strings(value).contains(w);
                } else if (value != null && !value.isNull()) {
                    hit |= value.asText().equalsIgnoreCase(w);
                }
            }
            if (!hit) {
                return false;
            }
        }
        return true;
    }

    private boolean matchesSearch(ObjectNode e, String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return kind.searchFields().stream().anyMatch(f -> e.path(f).asText("").toLowerCase(Locale.ROOT)
                .contains(needle));
    }

    public ObjectNode create(JsonNode body, String pointer) {
        ObjectNode entry = Json.object();
        String id = ids.get().toString();
        entry.put("id", id);
        copyFields(body, entry);
        String now = Json.time(clock.instant());
        entry.put("created_at", now);
        stamp(entry);
        SettingsDefaults.complete(kind, entry, now);
        SettingsRules.check(kind, entry, pointer);
        if ("domains".equals(kind.path())) {
            checkUniqueDomain(entry);
        }
        entries.put(id, entry);
        aliases.put(String.valueOf(nextAlias++), id);
        return entry;
    }

    public ObjectNode patch(String idOrAlias, JsonNode body, String pointer) {
        ObjectNode current = require(idOrAlias, pointer + "/id");
        SettingsRules.checkEditable(kind, current);
        ObjectNode updated = current.deepCopy();
        copyFields(body, updated);
        if ("domains".equals(kind.path())) {
            updated.set("domain", current.get("domain"));
        }
        SettingsRules.check(kind, updated, pointer);
        stamp(updated);
        entries.put(updated.get("id").asText(), updated);
        return updated;
    }

    /** Full replacement: writable fields absent from the body are cleared. */
    public ObjectNode replace(String idOrAlias, JsonNode body, String pointer) {
        ObjectNode current = require(idOrAlias, pointer + "/id");
        SettingsRules.checkEditable(kind, current);
        ObjectNode updated = current.deepCopy();
        boolean domains = "domains".equals(kind.path());
        for (String field : kind.fields()) {
            updated.remove(field);
        }
        copyFields(body, updated);
        if (domains) {
            updated.set("domain", current.get("domain"));
        }
        SettingsRules.check(kind, updated, pointer);
        stamp(updated);
        entries.put(updated.get("id").asText(), updated);
        return updated;
    }

    public ObjectNode delete(String idOrAlias, String pointer) {
        ObjectNode current = require(idOrAlias, pointer);
        String id = current.get("id").asText();
        entries.remove(id);
        aliases.values().removeIf(id::equals);
        ObjectNode deleted = Json.object();
        deleted.put("id", id);
        return deleted;
    }

    /**
     * Applies deletes, patches, puts and posts in that order, atomically: on the first failure nothing
     * changes and the error names the failing item.
     */
    public ObjectNode batch(JsonNode body) {
        Map<String, ObjectNode> savedEntries = new LinkedHashMap<>();
        entries.forEach((k, v) -> savedEntries.put(k, v.deepCopy()));
        Map<String, String> savedAliases = new HashMap<>(aliases);
        int savedNext = nextAlias;
        try {
            ObjectNode result = Json.object();
            ArrayNode deletes = result.putArray("deletes");
            each(body, "deletes", (item, p) -> deletes.add(delete(item.path("id").asText(), p + "/id")));
            if (!kind.batchDeletesOnly()) {
                ArrayNode patches = result.putArray("patches");
                each(body, "patches", (item, p) -> patches.add(patch(item.path("id").asText(), item, p)));
                ArrayNode puts = result.putArray("puts");
                each(body, "puts", (item, p) -> puts.add(replace(item.path("id").asText(), item, p)));
                ArrayNode posts = result.putArray("posts");
                each(body, "posts", (item, p) -> posts.add(create(item, p)));
            }
            return result;
        } catch (ApiException e) {
            entries = savedEntries;
            aliases = savedAliases;
            nextAlias = savedNext;
            throw e;
        }
    }

    private interface ItemAction {
        void apply(JsonNode item, String pointer);
    }

    private static void each(JsonNode body, String field, ItemAction action) {
        JsonNode items = body.path(field);
        for (int i = 0; i < items.size(); i++) {
            action.apply(items.get(i), "/" + field + "/" + i);
        }
    }

    private void copyFields(JsonNode body, ObjectNode target) {
        for (String field : kind.fields()) {
            if (body.has(field)) {
                target.set(field, body.get(field));
            }
        }
        if ("allow_policies".equals(kind.path())) {
            copyDeprecated(body, target, "is_sender", "is_trusted_sender");
            copyDeprecated(body, target, "is_recipient", "is_exempt_recipient");
            copyDeprecated(body, target, "is_spoof", "is_acceptable_sender");
        }
    }

    private static void copyDeprecated(JsonNode body, ObjectNode target, String old, String replacement) {
        if (body.has(old) && !body.has(replacement)) {
            target.set(replacement, body.get(old));
        }
    }

    private void stamp(ObjectNode entry) {
        String now = Json.time(clock.instant());
        entry.put("modified_at", now);
        entry.put("last_modified", now);
    }

    private void checkUniqueDomain(ObjectNode entry) {
        String domain = Json.text(entry, "domain");
        for (ObjectNode e : entries.values()) {
            if (domain != null && domain.equalsIgnoreCase(Json.text(e, "domain"))) {
                throw ApiException.conflict("domain already exists: " + domain);
            }
        }
    }
}
