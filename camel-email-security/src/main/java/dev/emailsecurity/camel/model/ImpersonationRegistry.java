package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An impersonation registry entry.
 * Returned by {@code settings.impersonation_registry.create}, {@code .get}, {@code .edit} and (as a
 * list) {@code .list}; also the request body of {@code .create} and {@code .edit} (PATCH). Unset
 * fields are not sent. Create requires email, is_email_regex and name. Entries synced from a directory
 * cannot be edited.
 */
public class ImpersonationRegistry extends CommentedSettingsEntry {

    @JsonProperty("directory_id")
    private Long directoryId;

    @JsonProperty("directory_node_id")
    private Long directoryNodeId;

    @JsonProperty("email")
    private String email;

    @JsonProperty("external_directory_node_id")
    @Deprecated
    private String externalDirectoryNodeId;

    @JsonProperty("is_email_regex")
    private Boolean isEmailRegex;

    @JsonProperty("name")
    private String name;

    @JsonProperty("provenance")
    private String provenance;

    /** Directory identifier; nullable. Kept numeric because the API expects an integer in request bodies. */
    public Long getDirectoryId() {
        return directoryId;
    }

    public void setDirectoryId(Long directoryId) {
        this.directoryId = directoryId;
    }

    /**
     * Directory node identifier; nullable. Kept numeric because the API expects an integer in request
     * bodies.
     */
    public Long getDirectoryNodeId() {
        return directoryNodeId;
    }

    public void setDirectoryNodeId(Long directoryNodeId) {
        this.directoryNodeId = directoryNodeId;
    }

    /** Email address (or regular expression, see {@code is_email_regex}) of the protected person. */
    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    /**
     * External directory node identifier; nullable.
     *
     * @deprecated no replacement is named by the API.
     */
    @Deprecated
    public String getExternalDirectoryNodeId() {
        return externalDirectoryNodeId;
    }

    /** @deprecated no replacement is named by the API. */
    @Deprecated
    public void setExternalDirectoryNodeId(String externalDirectoryNodeId) {
        this.externalDirectoryNodeId = externalDirectoryNodeId;
    }

    /** Whether {@code email} is a regular expression. */
    @JsonProperty("is_email_regex")
    public Boolean isEmailRegex() {
        return isEmailRegex;
    }

    public void setIsEmailRegex(Boolean isEmailRegex) {
        this.isEmailRegex = isEmailRegex;
    }

    /** Display name of the protected person, at most 1024 characters. */
    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /**
     * Where the entry comes from. Allowed values: {@code A1S_INTERNAL}, {@code SNOOPY-CASB_OFFICE_365},
     * {@code SNOOPY-OFFICE_365}, {@code SNOOPY-GOOGLE_DIRECTORY}; values not listed here are passed
     * through unchanged.
     */
    public String getProvenance() {
        return provenance;
    }

    public void setProvenance(String provenance) {
        this.provenance = provenance;
    }
}
