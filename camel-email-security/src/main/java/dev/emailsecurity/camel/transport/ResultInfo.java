package dev.emailsecurity.camel.transport;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The envelope's {@code result_info}, in either of its shapes: page style ({@code page}, {@code total_pages}, ...)
 * or cursor style ({@code next}, {@code previous}). Remembers whether {@code next} was present at all, because a
 * present-but-null {@code next} ends a cursor-shaped list.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public final class ResultInfo {

    private Integer count;
    private Integer page;
    private Integer perPage;
    private Long totalCount;
    private Integer totalPages;
    private String next;
    private boolean nextPresent;

    public Integer getCount() {
        return count;
    }

    @JsonProperty("count")
    public void setCount(Integer count) {
        this.count = count;
    }

    public Integer getPage() {
        return page;
    }

    @JsonProperty("page")
    public void setPage(Integer page) {
        this.page = page;
    }

    public Integer getPerPage() {
        return perPage;
    }

    @JsonProperty("per_page")
    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    public Long getTotalCount() {
        return totalCount;
    }

    @JsonProperty("total_count")
    public void setTotalCount(Long totalCount) {
        this.totalCount = totalCount;
    }

    public Integer getTotalPages() {
        return totalPages;
    }

    @JsonProperty("total_pages")
    public void setTotalPages(Integer totalPages) {
        this.totalPages = totalPages;
    }

    public String getNext() {
        return next;
    }

    @JsonProperty("next")
    public void setNext(String next) {
        this.next = next;
        this.nextPresent = true;
    }

    /** Whether the response had a {@code next} field (null or not). */
    public boolean isNextPresent() {
        return nextPresent;
    }
}
