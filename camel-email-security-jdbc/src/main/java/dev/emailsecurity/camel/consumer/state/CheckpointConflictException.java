package dev.emailsecurity.camel.consumer.state;

/**
 * Another node wrote a checkpoint since this node read it: this node is no longer the one consuming (it lost its
 * leadership), and its write was refused so that the newer checkpoint stands.
 */
public class CheckpointConflictException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    public CheckpointConflictException(String key, String table) {
        super("The state of " + key + " in " + table + " was written by another node since this one read it; "
              + "not overwritten");
    }
}
