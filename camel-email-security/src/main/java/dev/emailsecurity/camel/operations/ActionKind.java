package dev.emailsecurity.camel.operations;

/**
 * How the producer runs an operation that acts on mail: the generic path (one request, decoded result) or the action
 * layer of package {@code dev.emailsecurity.camel.actions} (targets, batching, dry run, per-message results).
 */
public enum ActionKind {
    /** The generic table-driven call. */
    NONE,
    /** Release from quarantine: ids in the body, batched, one {@code ReleaseResponse} per message. */
    RELEASE,
    /** Move: ids in the body (or one id in the path), batched, one {@code MoveResponseItem} per recipient. */
    MOVE,
    /** Reclassify: one id in the path per call, 202 with an empty result. */
    RECLASSIFY,
    /** Bulk job creation: can wait for the job to end without holding a thread. */
    BULK_JOB
}
