package io.github.heychat4j.http;

/**
 * Where a client reports the {@link CacheChange}s it applied to its own caches, for the other replicas of the
 * bot; see {@link CacheCoherence}. Thread-safe; {@link #publish} must not block for long nor throw (a change
 * that cannot be passed on is the implementation's to report, e.g. through
 * {@link HeychatListener#coordinationChanged}).
 */
public interface CacheChangePublisher extends AutoCloseable {
    /** Tells no one. */
    CacheChangePublisher NONE = new CacheChangePublisher() {
        @Override
        public void publish(CacheChange change) {
        }

        @Override
        public void close() {
        }
    };

    /** Passes a change this client made on to the other replicas. */
    void publish(CacheChange change);

    /** Stops passing changes on and hearing them; called when the client is closed. */
    @Override
    void close();
}
