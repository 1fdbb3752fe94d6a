package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cursor-style {@code result_info} of the response envelope.
 * Sent by {@code investigate.list}, {@code investigate.bulk.list} and {@code
 * investigate.bulk.messages.list}. To page {@code investigate.list}, send {@code cursor=next} until
 * {@code next} is null.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class CursorResultInfo {

    @JsonProperty("count")
    private Integer count;

    @JsonProperty("next")
    private String next;

    @JsonProperty("page")
    @Deprecated
    private Integer page;

    @JsonProperty("per_page")
    private Integer perPage;

    @JsonProperty("previous")
    private String previous;

    @JsonProperty("total_count")
    @Deprecated
    private Integer totalCount;

    /** Number of items in the current page. */
    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    /** Cursor of the next page; nullable. */
    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    /**
     * Always 0.
     *
     * @deprecated use cursor paging with {@link #getNext()} instead.
     */
    @Deprecated
    public Integer getPage() {
        return page;
    }

    /** @deprecated use cursor paging with {@link #getNext()} instead. */
    @Deprecated
    public void setPage(Integer page) {
        this.page = page;
    }

    /** Number of items per page. */
    public Integer getPerPage() {
        return perPage;
    }

    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    /** Cursor of the previous page; nullable. */
    public String getPrevious() {
        return previous;
    }

    public void setPrevious(String previous) {
        this.previous = previous;
    }

    /**
     * Always 0.
     *
     * @deprecated use counting the items yourself instead.
     */
    @Deprecated
    public Integer getTotalCount() {
        return totalCount;
    }

    /** @deprecated use counting the items yourself instead. */
    @Deprecated
    public void setTotalCount(Integer totalCount) {
        this.totalCount = totalCount;
    }
}
