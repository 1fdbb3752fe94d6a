package dev.emailsecurity.camel.consumer;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.StateRepository;

/** The endpoint options the consumer reads (EmailSecurityConfiguration implements it). */
public interface ConsumerConfig {

    String getStartFrom();

    long getOverlap();

    boolean isChangeDetection();

    boolean isSkipFailedItems();

    long getChangeWindow();

    int getResultCap();

    int getPageSize();

    int getMaxMessagesPerPoll();

    int getMaxWindowItems();

    StateRepository<String, String> getStateRepository();

    String getStateKey();

    IdempotentRepository getIdempotentRepository();
}
