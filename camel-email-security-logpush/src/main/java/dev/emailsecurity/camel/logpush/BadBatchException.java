package dev.emailsecurity.camel.logpush;

/** A pushed batch that cannot be read (answered 400); the message never quotes the batch's content. */
final class BadBatchException extends RuntimeException {

    BadBatchException(String message) {
        super(message, null, false, false);
    }
}
