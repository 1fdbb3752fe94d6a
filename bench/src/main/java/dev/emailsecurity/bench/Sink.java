package dev.emailsecurity.bench;

/** Where routes deliver items: keeps the last one and counts them, so the JIT cannot drop the delivery. */
final class Sink {

    private Object last;
    private long count;

    long accept(Object item) {
        last = item;
        return ++count;
    }

    Object last() {
        return last;
    }
}
