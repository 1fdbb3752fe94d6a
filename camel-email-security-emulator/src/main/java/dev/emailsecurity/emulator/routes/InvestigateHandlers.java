package dev.emailsecurity.emulator.routes;

import dev.emailsecurity.emulator.api.ApiException;
import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;
import dev.emailsecurity.emulator.api.Pagination;
import dev.emailsecurity.emulator.api.Reply;
import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.render.EmlRenderer;
import dev.emailsecurity.emulator.render.MessageRenderer;
import dev.emailsecurity.emulator.render.PreviewRenderer;
import dev.emailsecurity.emulator.store.Backend;
import dev.emailsecurity.emulator.store.SearchCriteria;
import dev.emailsecurity.emulator.store.SearchSnapshots;
import dev.emailsecurity.emulator.store.SettingsRules;
import dev.emailsecurity.emulator.store.StoredMessage;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The {@code /investigate} operations: search, message views, move, release, reclassify. */
final class InvestigateHandlers {

    private static final int ASYNC_POLLS = 1;

    private final Backend b;
    private final PreviewRenderer previews = new PreviewRenderer();

    InvestigateHandlers(Backend backend) {
        this.b = backend;
    }

    void register(RouteTable t) {
        t.add("email_security_investigate", "GET", "/investigate", this::search);
        t.add("email_security_get_message", "GET", "/investigate/{investigate_id}", this::get);
        t.add("email_security_get_message_detections", "GET", "/investigate/{investigate_id}/detections",
                r -> Reply.ok(MessageRenderer.detections(message(r))));
        t.add("email_security_get_message_preview", "GET", "/investigate/{investigate_id}/preview",
                r -> Reply.ok(Map.of("screenshot", previews.screenshot(message(r)))));
        t.add("email_security_post_preview", "POST", "/investigate/preview", r -> Reply.ok(Map.of("screenshot",
                previews.screenshot(b.messages.require(r.json().has("id")
                        ? r.json().path("id").asText() : r.json().path("postfix_id").asText())))));
        t.add("email_security_get_message_raw", "GET", "/investigate/{investigate_id}/raw",
                r -> Reply.ok(Map.of("raw", EmlRenderer.render(message(r)))));
        t.add("email_security_get_message_trace", "GET", "/investigate/{investigate_id}/trace",
                r -> Reply.ok(MessageRenderer.trace(message(r))));
        t.add("email_security_get_message_action_log", "GET", "/investigate/{investigate_id}/action_log",
                r -> Reply.ok(MessageRenderer.actionLog(message(r))));
        t.add("email_security_post_message_move", "POST", "/investigate/{investigate_id}/move",
                r -> Reply.ok(b.messages.move(message(r), Json.text(r.json(), "destination"),
                        Json.text(r.json(), "expected_disposition"))));
        t.add("email_security_post_bulk_move", "POST", "/investigate/move", this::bulkMove);
        t.add("email_security_post_reclassify", "POST", "/investigate/{investigate_id}/reclassify", this::reclassify);
        t.add("email_security_post_release", "POST", "/investigate/release", this::release);
    }

    private StoredMessage message(ApiRequest r) {
        return b.messages.require(r.path("investigate_id"));
    }

    private Reply get(ApiRequest r) {
        StoredMessage m = message(r);
        if (Boolean.TRUE.equals(r.boolParam("submission"))
                && b.submissions.all().stream().noneMatch(s -> m.postfixId.equals(s.get("original_postfix_id")))) {
            throw ApiException.notFound("Submitted message", r.path("investigate_id"));
        }
        return Reply.ok(MessageRenderer.details(m));
    }

    private Reply search(ApiRequest r) {
        String cursor = r.param("cursor");
        SearchSnapshots.Snapshot snapshot;
        int offset;
        int perPage;
        if (cursor != null && !cursor.isBlank()) {
            SearchSnapshots.Position pos = b.snapshots.resolve(cursor);
            snapshot = pos.snapshot();
            offset = pos.offset();
            perPage = r.param("per_page") == null ? snapshot.perPage : Pagination.perPage(r);
        } else {
            perPage = Pagination.perPage(r);
            SearchCriteria criteria = SearchCriteria.fromQuery(r, b.clock.instant());
            List<String> ids = new ArrayList<>();
            for (StoredMessage m : b.messages.search(criteria)) {
                if (b.resultCap > 0 && ids.size() >= b.resultCap) {
                    break;
                }
                ids.add(m.id);
            }
            snapshot = b.snapshots.create(ids, perPage, b.asyncSearch ? ASYNC_POLLS + 1 : 0);
            offset = (r.intParam("page", 1) - 1) * perPage;
        }
        if (snapshot.pendingPolls > 0) {
            snapshot.pendingPolls--;
            String location = r.selfUrl() + "?cursor=" + SearchSnapshots.cursor(snapshot, offset) + "&per_page="
                    + perPage;
            return Reply.accepted(List.of(), Pagination.cursorInfo(0, perPage, null, null))
                    .header("Location", location);
        }
        List<Map<String, Object>> page = new ArrayList<>();
        for (String id : Pagination.slice(snapshot.ids, offset, perPage)) {
            StoredMessage m = b.messages.find(id);
            if (m != null) {
                page.add(MessageRenderer.details(m));
            }
        }
        int end = offset + perPage;
        String next = end < snapshot.ids.size() ? SearchSnapshots.cursor(snapshot, end) : null;
        String previous = offset > 0 ? SearchSnapshots.cursor(snapshot, Math.max(0, offset - perPage)) : null;
        return Reply.list(page, Pagination.cursorInfo(page.size(), perPage, next, previous));
    }

    private Reply bulkMove(ApiRequest r) {
        JsonNode body = r.json();
        List<String> ids = Json.strings(body.get("ids"));
        ids.addAll(Json.strings(body.get("postfix_ids")));
        if (ids.isEmpty()) {
            throw SettingsRules.invalid("/ids", "ids: at least one investigate id is required");
        }
        List<StoredMessage> targets = resolveAll(ids, "/ids");
        List<Map<String, Object>> items = new ArrayList<>();
        for (StoredMessage m : targets) {
            items.addAll(b.messages.move(m, Json.text(body, "destination"), Json.text(body, "expected_disposition")));
        }
        return Reply.ok(items);
    }

    private Reply release(ApiRequest r) {
        JsonNode body = r.json();
        // {"ids": [...]} since cloudflare 7.3.0; the July 2026 spec's bare array still accepted
        JsonNode ids = body.isObject() ? body.path("ids") : body;
        String pointer = body.isObject() ? "/ids" : "";
        if (!ids.isArray() || ids.isEmpty()) {
            throw SettingsRules.invalid(pointer.isEmpty() ? "/" : pointer,
                    "body: must be {\"ids\": [...]} or an array, with at least one investigate id");
        }
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredMessage m : resolveAll(Json.strings(ids), pointer)) {
            out.add(b.messages.release(m));
        }
        return Reply.ok(out);
    }

    /** Resolves every id first (all or nothing), enforcing the per-call maximum. */
    private List<StoredMessage> resolveAll(List<String> ids, String pointer) {
        if (ids.size() > b.maxIdsPerAction) {
            throw SettingsRules.invalid(pointer.isEmpty() ? "/" : pointer, "too many ids: " + ids.size()
                    + " given, at most " + b.maxIdsPerAction + " per request");
        }
        List<StoredMessage> out = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            StoredMessage m = b.messages.find(ids.get(i));
            if (m == null) {
                throw new ApiException(404, List.of(new ApiException.ErrorItem(1404,
                        "Message not found: " + ids.get(i), pointer + "/" + i)));
            }
            out.add(m);
        }
        return out;
    }

    private Reply reclassify(ApiRequest r) {
        StoredMessage m = message(r);
        JsonNode body = r.json();
        b.submissions.create(m, Json.text(body, "expected_disposition"), "Team", b.clock.instant(),
                Json.text(body, "escalated_submission_id"));
        b.messages.markSubmitted(m);
        return Reply.accepted(Map.of(), null);
    }
}
