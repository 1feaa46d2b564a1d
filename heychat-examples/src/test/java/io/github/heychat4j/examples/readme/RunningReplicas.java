package io.github.heychat4j.examples.readme;

// The README's "Running several replicas", verbatim with its imports (ReadmeSnippetsTest checks it once the README
// shows it); it needs a real bot and a Redis, so it is only compiled. SharedRateLimitTest in heychat-redis runs the
// same setup with three replicas against the emulator and a real Redis.

import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.redis.RedisReplicas;

final class RunningReplicas {
    private RunningReplicas() {
    }

    static void oneReplica() {
        // every process of the bot: the same token, its own replica name (e.g. the pod's name)
        try (RedisReplicas redis = RedisReplicas.builder()
                     .uri(System.getenv("REDIS_URI"))          // redis://redis.internal:6379
                     .replica(System.getenv("HOSTNAME"))
                     .replicas(3)                              // how many processes may run at once
                     .build();
             HeychatHttp heychat = HeychatHttp.builder()
                     .environment(System.getenv())             // HEYCHAT_TOKEN, HEYCHAT_BOT_ID
                     .requestBudgets(redis.requestBudgets())   // one budget per platform limit, shared
                     .cacheCoherence(redis.cacheCoherence())   // a write on one replica drops the others' cache entries
                     .build()) {
            // the bot's calls as before: together the replicas stay within 300 requests and 9 direct messages a minute
            System.out.println(heychat.rooms().allJoinedRooms().size() + " rooms");
        }
    }
}
