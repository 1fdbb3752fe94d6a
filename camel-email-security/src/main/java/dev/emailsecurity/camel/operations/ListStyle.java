package dev.emailsecurity.camel.operations;

/** How a list operation pages through its results. */
public enum ListStyle {
    /** Not a list: the result is one object. */
    NONE,
    /** The whole list in one response, no paging parameters. */
    SINGLE,
    /** {@code cursor} and {@code per_page}; the next cursor is {@code result_info.next}, null on the last page. */
    CURSOR,
    /** {@code page} and {@code per_page}; {@code result_info.total_pages} tells where to stop. */
    PAGE,
    /**
     * {@code page} and {@code per_page} in the request, but a cursor-shaped {@code result_info} in the response
     * (bulk jobs): a null {@code next} or a short page ends the list.
     */
    PAGE_WITH_CURSOR_INFO;

    public boolean isPaged() {
        return this == CURSOR || this == PAGE || this == PAGE_WITH_CURSOR_INFO;
    }

    public boolean isList() {
        return this != NONE;
    }
}
