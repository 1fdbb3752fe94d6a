package dev.emailsecurity.camel.actions;

/** The endpoint options the actions on mail read (the component's ActionOptions implement it). */
public interface ActionConfig {

    boolean isDryRun();

    int getMaxMessagesPerAction();

    String getExpectedDisposition();

    String getDestination();

    boolean isFailOnPartialFailure();

    int getActionBatchSize();

    boolean isWaitForCompletion();

    long getJobTimeout();

    long getJobPollInterval();
}
