package dev.emailsecurity.camel.model;

/**
 * A URL ignore pattern that exempts matching URLs from URL rewriting.
 * Returned by {@code settings.url_ignore_patterns.create}, {@code .get}, {@code .edit} and (as a list)
 * {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH), and the item type
 * of {@link BatchRequest} / {@link BatchResult} for {@code settings.url_ignore_patterns.batch}. Unset
 * fields are not sent. Create requires pattern; create, edit and batch posts/puts reject any property
 * besides comments and pattern (and id in batch items), so do not send back a fetched instance with
 * its read-only fields set.
 */
public class UrlIgnorePattern extends PatternSettingsEntry {
}
