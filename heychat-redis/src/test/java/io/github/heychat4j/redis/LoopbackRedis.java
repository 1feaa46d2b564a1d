package io.github.heychat4j.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.embedded.RedisServer;

/**
 * A real redis-server (the Linux binary of the embedded-redis jar) on a loopback port the OS chose, that a test
 * can stop and start again on the same port. It keeps nothing on disk, so a restart comes back empty.
 */
final class LoopbackRedis implements AutoCloseable {
    private final int port;
    private final RedisServer server;

    LoopbackRedis() {
        this.port = freeLoopbackPort();
        try {
            this.server = RedisServer.newRedisServer().bind("127.0.0.1").port(port)
                    .setting("save \"\"").setting("appendonly no").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String uri() {
        return "redis://127.0.0.1:" + port;
    }

    void start() {
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void stop() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every key with its value as text (strings as they are, other types described). */
    Map<String, String> contents() {
        RedisClient client = RedisClient.create(uri());
        try (StatefulRedisConnection<String, byte[]> connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE))) {
            Map<String, String> contents = new LinkedHashMap<>();
            for (String key : connection.sync().keys("*")) {
                String type = connection.sync().type(key);
                contents.put(key, type.equals("string")
                        ? new String(connection.sync().get(key), StandardCharsets.ISO_8859_1) : "<" + type + ">");
            }
            return contents;
        } finally {
            client.shutdown();
        }
    }

    void flush() {
        RedisClient client = RedisClient.create(uri());
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            connection.sync().flushall();
        } finally {
            client.shutdown();
        }
    }

    @Override
    public void close() {
        stop();
    }
}
