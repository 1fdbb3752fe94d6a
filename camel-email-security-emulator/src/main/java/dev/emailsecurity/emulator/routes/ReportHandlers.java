package dev.emailsecurity.emulator.routes;

import dev.emailsecurity.emulator.api.ApiRequest;
import dev.emailsecurity.emulator.api.Pagination;
import dev.emailsecurity.emulator.api.Reply;
import dev.emailsecurity.emulator.api.RouteTable;
import dev.emailsecurity.emulator.store.Backend;

import java.util.List;
import java.util.Map;

/** PhishGuard reports and reclassification submissions (page/per_page). */
final class ReportHandlers {

    private final Backend b;

    ReportHandlers(Backend backend) {
        this.b = backend;
    }

    void register(RouteTable t) {
        t.add("email_security_get_phishguard_reports", "GET", "/phishguard/reports",
                r -> paged(r, b.phishguard.list(r)));
        t.add("email_security_submissions", "GET", "/submissions", r -> paged(r, b.submissions.list(r)));
    }

    static <T> Reply paged(ApiRequest r, List<T> all) {
        Pagination.Page p = Pagination.page(r);
        List<T> page = Pagination.slice(all, p.offset(), p.perPage());
        Map<String, Object> info = Pagination.pageInfo(p, page.size(), all.size());
        return Reply.list(page, info);
    }
}
