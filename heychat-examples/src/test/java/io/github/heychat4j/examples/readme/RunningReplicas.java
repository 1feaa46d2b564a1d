package io.github.heychat4j.examples.readme;

// The README's "Running several replicas", verbatim with its imports
// (ReadmeSnippetsTest checks it). It needs a real bot and a
// Redis, so it is only compiled; EventsHandledOnceTest and SharedRateLimitTest in heychat-redis run the same setup
// with three replicas against the emulator and a real Redis.

import io.github.heychat4j.domain.event.MessagePosted;
import io.github.heychat4j.domain.message.MessageContent;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.redis.RedisReplicas;

final class RunningReplicas {
    private RunningReplicas() {
    }

    static void oneReplica() throws InterruptedException {
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
                     .eventIntake(redis.eventIntake())         // one gateway for all, each event handled by one replica
                     .build()) {
            heychat.events().on(MessagePosted.class, message -> {
                if (message.text().equals("ping")) {
                    heychat.messages().send(message.channel(), MessageContent.text("pong"));
                }
            });
            heychat.events().start();                          // on every replica: one of them connects to the platform
            Thread.currentThread().join();                     // until the process is stopped
        }
    }
}
