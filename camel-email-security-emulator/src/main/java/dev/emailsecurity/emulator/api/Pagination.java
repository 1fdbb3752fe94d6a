package dev.emailsecurity.emulator.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Page/per_page slicing and the two {@code result_info} shapes (page-style and cursor-style). */
public final class Pagination {

    static final int DEFAULT_PER_PAGE = 20;
    static final int MAX_PER_PAGE = 1000;

    /** A requested page: 1-based page number and page size. */
    public record Page(int page, int perPage) {

        public int offset() {
            return (page - 1) * perPage;
        }
    }

    private Pagination() {
    }

    public static Page page(ApiRequest r) {
        int perPage = perPage(r);
        int page = r.intParam("page", 1);
        String cursor = r.param("cursor");
        if (cursor != null && !cursor.isBlank()) {
            page = decodePageCursor(cursor);
        }
        if (page < 1) {
            throw ApiException.badRequest("page: must be >= 1");
        }
        return new Page(page, perPage);
    }

    public static int perPage(ApiRequest r) {
        int perPage = r.intParam("per_page", DEFAULT_PER_PAGE);
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw ApiException.badRequest("per_page: must be between 1 and " + MAX_PER_PAGE);
        }
        return perPage;
    }

    public static <T> List<T> slice(List<T> all, int offset, int size) {
        int from = Math.min(offset, all.size());
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /** {@code {count, page, per_page, total_count, total_pages}}. */
    public static Map<String, Object> pageInfo(Page p, int count, int total) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("count", count);
        info.put("page", p.page());
        info.put("per_page", p.perPage());
        info.put("total_count", total);
        info.put("total_pages", (total + p.perPage() - 1) / p.perPage());
        return info;
    }

    /** CursorResultInfo: {@code page} and {@code total_count} are always 0, as the API documents. */
    public static Map<String, Object> cursorInfo(int count, int perPage, String next, String previous) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("count", count);
        info.put("per_page", perPage);
        info.put("next", next);
        info.put("previous", previous);
        info.put("page", 0);
        info.put("total_count", 0);
        return info;
    }

    /** Cursor-style info for a page/per_page list (bulk jobs): {@code next} is an opaque token or null. */
    public static Map<String, Object> cursorInfoForPage(Page p, int count, int total) {
        boolean more = p.offset() + count < total;
        return cursorInfo(count, p.perPage(), more ? encode("page:" + (p.page() + 1)) : null,
                p.page() > 1 ? encode("page:" + (p.page() - 1)) : null);
    }

    public static String encode(String raw) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static String decode(String token) {
        try {
            return new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("cursor: invalid or expired cursor");
        }
    }

    private static int decodePageCursor(String cursor) {
        String raw = decode(cursor);
        if (!raw.startsWith("page:")) {
            throw ApiException.badRequest("cursor: invalid or expired cursor");
        }
        return Integer.parseInt(raw.substring(5));
    }
}
