package dev.emailsecurity.emulator.routes;

import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Json;
import dev.emailsecurity.emulator.api.Reply;
import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.store.Backend;
import dev.emailsecurity.emulator.store.SettingsKind;
import dev.emailsecurity.emulator.store.SettingsStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** CRUD and batch for every settings resource, plus the domain-only operations. */
final class SettingsHandlers {

    private final Backend b;

    SettingsHandlers(Backend backend) {
        this.b = backend;
    }

    void register(RouteTable t) {
        for (SettingsKind kind : SettingsKind.ALL) {
            String base = "/settings/" + kind.path();
            String item = base + "/{" + kind.idParam() + "}";
            t.add(kind.listOp(), "GET", base, r -> ReportHandlers.paged(r, store(kind).list(r)));
            t.add(kind.getOp(), "GET", item, r -> Reply.ok(store(kind).require(id(kind, r), null)));
            t.add(kind.createOp(), "POST", base, r -> Reply.created(store(kind).create(r.json(), "")));
            t.add(kind.updateOp(), "PATCH", item, r -> Reply.ok(store(kind).patch(id(kind, r), r.json(), "")));
            t.add(kind.deleteOp(), "DELETE", item, r -> Reply.ok(store(kind).delete(id(kind, r), null)));
            if (kind.batch()) {
                t.add(kind.batchOp(), "POST", base + "/batch", r -> Reply.ok(store(kind).batch(r.json())));
            }
        }
        SettingsKind domains = b.settings("domains").kind();
        t.add("email_security_replace_domain", "PUT", "/settings/domains/{domain_id}",
                r -> Reply.ok(store(domains).replace(id(domains, r), r.json(), "")));
        t.add("email_security_delete_domains", "DELETE", "/settings/domains", this::deleteDomains);
        t.add("email_security_get_domain_verification", "GET", "/settings/domains/{domain_id}/verification",
                this::verification);
    }

    private SettingsStore store(SettingsKind kind) {
        return b.settings(kind.path());
    }

    private static String id(SettingsKind kind, ApiRequest r) {
        return r.path(kind.idParam());
    }

    private Reply deleteDomains(ApiRequest r) {
        SettingsStore store = b.settings("domains");
        if (!r.hasBody()) {
            // both official SDKs send no body; with no ids named, nothing is deleted (never "all domains")
            return Reply.ok(List.of());
        }
        JsonNode body = r.json();
        for (int i = 0; i < body.size(); i++) {
            store.require(body.get(i).path("id").asText(), "/" + i + "/id");
        }
        List<ObjectNode> deleted = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            deleted.add(store.delete(body.get(i).path("id").asText(), "/" + i + "/id"));
        }
        return Reply.ok(deleted);
    }

    private Reply verification(ApiRequest r) {
        ObjectNode domain = b.settings("domains").require(r.path("domain_id"), null);
        if ("ACTIVE".equalsIgnoreCase(Json.text(domain, "status"))) {
            return Reply.noContent();
        }
        String name = Json.text(domain, "domain");
        return Reply.ok(Map.of("status", Json.text(domain, "status"), "txt_record_name",
                "_cf-email-security." + name, "txt_record_value",
                "cf-es-verify=" + domain.path("id").asText().replace("-", ""), "last_checked_at",
                domain.path("modified_at").asText()));
    }
}
