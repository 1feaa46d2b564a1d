package io.github.heychat4j.emulator.internal;

import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.util.Optional;
import java.util.StringJoiner;

/**
 * Takes the bot token out of a gateway request's query before anything else sees the request: the
 * handlers behind it, Jetty's upgrade code and, above all, Jetty's own log lines, which print the request
 * URI when something goes wrong. The token travels on as a request attribute ({@link #token}), read only
 * by the gateway's handshake check.
 */
public final class GatewayTokenHandler extends Handler.Wrapper {

    private static final String ATTRIBUTE = GatewayTokenHandler.class.getName() + ".token";
    private static final String PARAMETER = "token";

    /** @param next the handler that gets the request without its token */
    public GatewayTokenHandler(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query == null || !query.contains(PARAMETER) || !GatewayHub.PATH.equals(Request.getPathInContext(request))) {
            return super.handle(request, response, callback);
        }
        StringJoiner kept = new StringJoiner("&");
        String rawToken = null;
        for (String pair : query.split("&")) {
            if (pair.equals(PARAMETER) || pair.startsWith(PARAMETER + "=")) {
                // the first one counts, as for every other parameter (QueryParams)
                rawToken = rawToken != null ? rawToken : pair;
            } else {
                kept.add(pair);
            }
        }
        if (rawToken == null) {
            return super.handle(request, response, callback);
        }
        request.setAttribute(ATTRIBUTE, rawToken);
        HttpURI stripped = HttpURI.build(request.getHttpURI()).query(kept.length() == 0 ? null : kept.toString()).asImmutable();
        return super.handle(new Request.Wrapper(request) {
            @Override
            public HttpURI getHttpURI() {
                return stripped;
            }
        }, response, callback);
    }

    /**
     * The token the request carried in its query, decoded; empty when it had none.
     *
     * @throws BadRequest when it is not URL-encoded properly
     */
    public static Optional<String> token(Request request) {
        Object raw = request.getAttribute(ATTRIBUTE);
        return raw == null ? Optional.empty() : QueryParams.parse((String) raw).get(PARAMETER);
    }
}
