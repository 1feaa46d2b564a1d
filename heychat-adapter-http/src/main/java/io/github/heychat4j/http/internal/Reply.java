package io.github.heychat4j.http.internal;

/**
 * How a call ended well.
 *
 * @param result           the platform's {@code result}
 * @param confirmedByRetry true when no result came: an earlier attempt's answer got lost and a retry was
 *                         told "duplicate" or "not found", which means the earlier attempt did the work;
 *                         {@code result} is then empty
 */
public record Reply(WireNode result, boolean confirmedByRetry) {
}
