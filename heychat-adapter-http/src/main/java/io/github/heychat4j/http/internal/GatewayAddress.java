package io.github.heychat4j.http.internal;

import io.github.heychat4j.http.BotToken;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where the gateway is, and the one place that puts the token into its address (spec §5.1: the token goes in
 * the query). {@link #toString()} and {@link #redact} keep it out of everything printed.
 *
 * @param endpoint the gateway endpoint without a query, e.g. {@code wss://chat.xiaoheihe.cn/chatroom/ws/connect}
 * @param token    the bot token
 */
public record GatewayAddress(URI endpoint, BotToken token) {
    /** The path of the gateway on the REST host. */
    public static final String PATH = "/chatroom/ws/connect";
    /** The {@code chat_version} of the gateway: the official demo's (spec §5.1, §9.3), not the REST one. */
    public static final String CHAT_VERSION = "999.0.0";

    /** The gateway endpoint for a REST host: {@code https} becomes {@code wss}, {@code http} becomes {@code ws}. */
    public static URI endpointFor(URI baseUri) {
        String scheme = baseUri.getScheme().equalsIgnoreCase("http") ? "ws" : "wss";
        String rest = baseUri.toString().substring(baseUri.getScheme().length());
        while (rest.endsWith("/")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        return URI.create(scheme + rest + PATH);
    }

    /** The address to connect to, token included. Never log it. */
    URI withToken() {
        return URI.create(endpoint + "?chat_os_type=bot&client_type=heybox_chat&chat_version=" + CHAT_VERSION
                + "&token=" + encoded());
    }

    private String encoded() {
        return URLEncoder.encode(token.value(), StandardCharsets.UTF_8);
    }

    /** {@code text} with the token (raw or URL-encoded) replaced by {@code ****}; null becomes empty. */
    public String redact(String text) {
        if (text == null) {
            return "";
        }
        return text.replace(token.value(), "****").replace(encoded(), "****");
    }

    @Override
    public String toString() {
        return endpoint + "?token=****";
    }
}
