/**
 * Typed Jackson 2 models of the Cloudflare Email Security API (v4): the {@code result} payloads and the JSON
 * request bodies of the {@code /accounts/{account_id}/email-security/...} operations.
 *
 * <p>Conventions shared by every class:
 * <ul>
 *   <li>Unknown JSON properties are ignored and {@code null} fields are not written, so a settings entity such
 *       as {@link dev.emailsecurity.camel.model.AllowPolicy} doubles as the create and PATCH body: only the
 *       fields that were set are sent. (A consequence: a field cannot be cleared by sending an explicit
 *       {@code null} through these classes.)</li>
 *   <li>What several results share is declared once, in an abstract base: {@link dev.emailsecurity.camel.model.SettingsEntry}
 *       (id and timestamps of every settings entry) and its refinements with comments, a pattern, a sender pattern;
 *       {@link dev.emailsecurity.camel.model.ActionRecord}, {@link dev.emailsecurity.camel.model.BatchLists},
 *       {@link dev.emailsecurity.camel.model.BulkActionState}, {@link dev.emailsecurity.camel.model.MessageHeaderFields}.
 *       The JSON is that of the API, property for property and in its order.</li>
 *   <li>Getters are what Camel's Simple language reads: {@code ${body.subject}}; the API's {@code is_*} flags are
 *       read by {@code isX()} getters, so {@code ${body.quarantined}} reads {@code is_quarantined}. docs/models.md
 *       lists every field with its Simple expression and JSON name.</li>
 *   <li>Identifiers are {@code String}; the integer ids of older API versions read fine as strings.</li>
 *   <li>Enum-valued fields are {@code String} so that values added by the API never break deserialization;
 *       the getter Javadoc lists the known values.</li>
 *   <li>Timestamps are {@code String}s exactly as the API sends them (ISO-8601 date-times such as
 *       {@code 2026-01-05T10:00:00Z}; parse with {@link java.time.OffsetDateTime#parse}). Keeping them as text
 *       lets any JSON library, including the default mapper of {@code marshal().json()}, read and write these
 *       classes without extra modules.</li>
 *   <li>Deprecated API fields are kept, marked {@link java.lang.Deprecated}, with the replacement named in the
 *       Javadoc.</li>
 *   <li>Union-typed or loosely specified objects ({@code properties}, {@code action_params}) are
 *       {@code Map<String, Object>}.</li>
 * </ul>
 *
 * <p>The response envelope ({@code success}, {@code errors}, {@code messages}, {@code result},
 * {@code result_info}) is not modelled here, except for the cursor-style
 * {@link dev.emailsecurity.camel.model.CursorResultInfo}.
 */
package dev.emailsecurity.camel.model;
