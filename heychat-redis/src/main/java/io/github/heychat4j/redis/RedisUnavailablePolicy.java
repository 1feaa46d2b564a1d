package io.github.heychat4j.redis;

/**
 * What a replica does while it cannot reach Redis. Either way the change is reported through
 * {@link io.github.heychat4j.http.HeychatListener#coordinationChanged}, once when Redis is lost and once when it
 * is back; never is the shared rate silently doubled.
 */
public enum RedisUnavailablePolicy {
    /**
     * Go on with a local share of each limit: {@code limit / replicas} (at least 1) in any sliding minute. The
     * turns the other replicas took from the shared budget just before Redis was lost are unknown, so the share
     * starts spent: the first local turn comes one minute after Redis was lost (calls wait for it up to
     * {@link io.github.heychat4j.http.RateLimitPolicy#maxWait()}, or fail with
     * {@link io.github.heychat4j.domain.RateLimitedException}). When Redis is back, for two minutes a call needs a
     * turn from both the local share and the shared budget. So no sliding minute holds more than the limit, also
     * across the switches, provided the replicas lose Redis together and find it again within a minute of each
     * other (the server down or restarted); a replica cut off alone (a partial network partition) adds at most
     * its share. The default.
     */
    LOCAL_SHARE,
    /**
     * Send nothing: a call fails with {@link io.github.heychat4j.domain.UnavailableException} (nothing sent)
     * until Redis answers again. The strict choice when the platform's limit must never be risked.
     */
    REFUSE
}
