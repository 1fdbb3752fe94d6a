package dev.emailsecurity.emulator.routes;

import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Pagination;
import dev.emailsecurity.emulator.api.Reply;
import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.store.Backend;
import dev.emailsecurity.emulator.store.BulkJob;

import java.util.List;
import java.util.Map;

/** The {@code /investigate/bulk} operations. */
final class BulkJobHandlers {

    private final Backend b;

    BulkJobHandlers(Backend backend) {
        this.b = backend;
    }

    void register(RouteTable t) {
        t.add("email_security_create_bulk_job", "POST", "/investigate/bulk",
                r -> Reply.created(b.bulkJobs.create(r.json(), b.clock.instant()).render()));
        t.add("email_security_get_bulk_jobs", "GET", "/investigate/bulk", this::list);
        t.add("email_security_get_bulk_job", "GET", "/investigate/bulk/{job_id}",
                r -> Reply.ok(b.bulkJobs.require(r.path("job_id")).render()));
        t.add("email_security_delete_bulk_job", "DELETE", "/investigate/bulk/{job_id}",
                r -> Reply.ok(b.bulkJobs.delete(r.path("job_id"))));
        t.add("email_security_cancel_bulk_job", "POST", "/investigate/bulk/{job_id}/cancel",
                r -> Reply.ok(b.bulkJobs.cancel(r.path("job_id"), b.clock.instant()).render()));
        t.add("email_security_get_bulk_job_messages", "GET", "/investigate/bulk/{job_id}/messages", this::messages);
    }

    private Reply list(ApiRequest r) {
        List<Map<String, Object>> all = b.bulkJobs.list(r.param("action_type"), r.param("status")).stream()
                .map(BulkJob::render).toList();
        return cursorPaged(r, all);
    }

    private Reply messages(ApiRequest r) {
        BulkJob job = b.bulkJobs.require(r.path("job_id"));
        String status = r.param("status");
        List<Map<String, Object>> all = job.targets.stream().filter(x -> status == null || status.equals(x.status))
                .map(job::renderTarget).toList();
        return cursorPaged(r, all);
    }

    private static Reply cursorPaged(ApiRequest r, List<Map<String, Object>> all) {
        Pagination.Page p = Pagination.page(r);
        List<Map<String, Object>> page = Pagination.slice(all, p.offset(), p.perPage());
        return Reply.list(page, Pagination.cursorInfoForPage(p, page.size(), all.size()));
    }
}
