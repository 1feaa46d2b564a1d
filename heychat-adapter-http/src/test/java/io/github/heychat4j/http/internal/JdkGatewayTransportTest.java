package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.http.BotToken;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A link that cannot be made fails with the cause's kind and message, never with the token or a wrapper around it. */
class JdkGatewayTransportTest {
    private static final String SECRET = "jdk-transport-secret+/=";

    private static final GatewayTransport.Events NOTHING = new GatewayTransport.Events() {
        @Override
        public void onText(CharSequence text, boolean last) {
        }

        @Override
        public void onBinary(int bytes, boolean last) {
        }

        @Override
        public void onClosed(int code, String reason) {
        }

        @Override
        public void onError(Throwable error) {
        }
    };

    private static Throwable failureOf(URI endpoint) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        CompletableFuture<GatewayTransport.Socket> opened = new JdkGatewayTransport(client, new GatewayAddress(endpoint,
                BotToken.of(SECRET)), Duration.ofSeconds(10)).open(NOTHING);
        return assertThrows(ExecutionException.class, () -> opened.get(30, TimeUnit.SECONDS)).getCause();
    }

    @Test
    void aRefusedConnectionIsALinkFailureNamingItsCauseWithoutTheToken() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }

        Throwable failure = failureOf(URI.create("ws://127.0.0.1:" + port + GatewayAddress.PATH));

        assertInstanceOf(JdkGatewayTransport.GatewayLinkFailure.class, failure);
        assertTrue(failure.getMessage().startsWith("ConnectException"), failure.getMessage());
        assertFalse(failure.getMessage().contains("jdk-transport-secret"), failure.getMessage());
    }

    @Test
    void anAddressTheJdkRefusesAtOnceFailsTheSameWayInsteadOfThrowing() throws Exception {
        Throwable failure = failureOf(URI.create("http://127.0.0.1:9" + GatewayAddress.PATH)); // not ws: refused before any I/O

        assertInstanceOf(JdkGatewayTransport.GatewayLinkFailure.class, failure);
        assertTrue(failure.getMessage().startsWith("IllegalArgumentException"), failure.getMessage());
        assertFalse(failure.getMessage().contains("jdk-transport-secret"), failure.getMessage());
    }
}
