/**
 * heychat4j on Redis: several replicas of one bot on one token. The HTTP adapter's rate limits are shared
 * through Redis with Bucket4j over Lettuce, and its caches kept coherent through Redis pub/sub. Only
 * {@code io.github.heychat4j.redis} is exported; none of those libraries' types appear in it.
 */
module io.github.heychat4j.redis {
    requires transitive io.github.heychat4j.http;
    requires io.github.bucket4j.core;
    requires io.github.bucket4j.redis.common;
    requires io.github.bucket4j.lettuce;
    requires lettuce.core;

    exports io.github.heychat4j.redis;
}
