package io.github.heychat4j.http.emulator;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.emulator.HeychatEmulator;
import io.github.heychat4j.fake.FakeWorld;
import io.github.heychat4j.http.GatewayPolicy;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.RateLimitPolicy;
import io.github.heychat4j.http.RetryPolicy;
import java.time.Duration;

/**
 * The HTTP adapter connected to an emulator serving a world: what every contract suite runs against. Retries
 * wait a millisecond and the gateway reconnects within milliseconds, so a contract run never sleeps noticeably.
 * The gateway is not started here: the events contract starts it.
 */
final class EmulatorConnection implements AutoCloseable {
    static final String TOKEN = "contract-token-for-the-emulator";

    private final HeychatEmulator emulator;
    private final HeychatHttp http;

    private EmulatorConnection(FakeWorld world, UserId bot) {
        this.emulator = HeychatEmulator.builder().world(world).token(TOKEN, bot).start();
        this.http = HeychatHttp.builder().token(TOKEN).bot(bot).baseUri(emulator.baseUri()).uploadUri(emulator.uploadUri())
                .retry(RetryPolicy.defaults().withInitialBackoff(Duration.ofMillis(1)).withMaxBackoff(Duration.ofMillis(1)))
                // the contracts pin the platform's answers, not the client's own pacing (tested on a controlled clock in
                // SlidingBudgetTest and ResilienceTest): with the local limits on, the direct-message cases waited out
                // the default budget in real time (about 37 s of sleeping per run)
                .rateLimits(RateLimitPolicy.disabled())
                // a dropped gateway comes back within milliseconds, so the events contract's reconnect test is quick;
                // a short heartbeat finds a drop the JDK client did not notice at once (seen on loaded full builds)
                // well within the contract's 5 s wait
                .gateway(GatewayPolicy.defaults().withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
                        .withHeartbeatInterval(Duration.ofSeconds(1)).withPongTimeout(Duration.ofSeconds(3)))
                .build();
    }

    static EmulatorConnection open(FakeWorld world, UserId bot) {
        return new EmulatorConnection(world, bot);
    }

    Heychat heychat() {
        return http;
    }

    HeychatEmulator emulator() {
        return emulator;
    }

    @Override
    public void close() {
        http.close();
        emulator.close();
        if (!emulator.unexpectedErrors().isEmpty()) {
            throw new AssertionError("the emulator failed: " + emulator.unexpectedErrors());
        }
    }
}
