package dev.emailsecurity.camel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A settings entry with a free-text comment. */
public abstract class CommentedSettingsEntry extends SettingsEntry {

    @JsonProperty("comments")
    private String comments;

    /** Free-text comment, at most 1024 characters; nullable. */
    public String getComments() {
        return comments;
    }

    public void setComments(String comments) {
        this.comments = comments;
    }
}
