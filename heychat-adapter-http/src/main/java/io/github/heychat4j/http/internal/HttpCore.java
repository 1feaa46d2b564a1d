package io.github.heychat4j.http.internal;

import io.github.heychat4j.domain.Page;
import io.github.heychat4j.domain.PageRequest;
import io.github.heychat4j.domain.RoomId;
import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.domain.meme.RoomMemes;
import io.github.heychat4j.domain.role.Role;
import io.github.heychat4j.domain.room.Room;
import io.github.heychat4j.domain.room.RoomDetails;
import io.github.heychat4j.domain.room.RoomGateway;
import io.github.heychat4j.http.CircuitState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * What every gateway of one client shares: the resilient pipeline, the id generator, the caches and the
 * settings. The cached reads load through here.
 */
public final class HttpCore implements AutoCloseable {
    private final Settings settings;
    private final Pipeline pipeline;
    private final Ids ids;
    private final Caches caches;
    private final GatewayClient gateway;

    /** Opens the client described by the settings. */
    public HttpCore(Settings settings) {
        this.settings = settings;
        this.pipeline = new Pipeline(settings);
        this.ids = new Ids(settings.clock());
        try {
            // the caches attach to their coherence, which comes from outside and may refuse: release the HTTP client
            this.caches = new Caches(settings, pipeline.listener(), this::loadAllJoinedRooms, this::loadDetails,
                    this::loadRoles, this::loadMemes);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
        try {
            this.gateway = gatewayOver(settings);
        } catch (RuntimeException e) {
            caches.close();
            pipeline.close();
            throw e;
        }
    }

    private GatewayClient gatewayOver(Settings settings) {
        GatewayAddress address = new GatewayAddress(settings.gatewayUri(), settings.token());
        GatewayTransport transport = new JdkGatewayTransport(pipeline.httpClient(), address, settings.connectTimeout());
        Executor executor;
        Runnable release;
        if (settings.eventExecutor().isPresent()) {
            executor = settings.eventExecutor().get();
            release = () -> { };
        } else {
            ExecutorService own = DispatchThreads.create();
            executor = own;
            release = () -> DispatchThreads.shutdown(own);
        }
        return new GatewayClient(transport, GatewayScheduler.system(), settings.gateway(), settings.bot(), executor, release,
                pipeline.listener(), settings.clock(), () -> ThreadLocalRandom.current().nextDouble(), caches,
                settings.eventIntake());
    }

    /** The gateway client: the WebSocket, its timers and the event dispatch. */
    public GatewayClient gateway() {
        return gateway;
    }

    /** The circuit breakers' states by name; empty when the breaker is disabled. */
    public Map<String, CircuitState> circuitStates() {
        return pipeline.circuitStates();
    }

    Settings settings() {
        return settings;
    }

    UserId self() {
        return settings.bot();
    }

    Ids ids() {
        return ids;
    }

    Caches caches() {
        return caches;
    }

    /** Sends a call and returns how it ended. */
    Reply call(WireRequest request) {
        return pipeline.call(request);
    }

    /** Sends a call and reads its result. */
    <T> T read(WireRequest request, Function<WireNode, T> decoder) {
        return Decoders.read(pipeline.call(request).result(), decoder);
    }

    Page<Room> joinedRooms(PageRequest<Room> page) {
        return read(Requests.joinedRooms(page), r -> Decoders.joinedRooms(r, page));
    }

    private List<Room> loadAllJoinedRooms() {
        return Page.readAll(RoomGateway.JOINED_ROOMS, this::joinedRooms);
    }

    private RoomDetails loadDetails(RoomId room) {
        return read(Requests.roomView(room), r -> Decoders.roomDetails(r, room));
    }

    private List<Role> loadRoles(RoomId room) {
        return read(Requests.roles(room), Decoders::roleList);
    }

    private RoomMemes loadMemes(RoomId room) {
        return read(Requests.memes(room), Decoders::memes);
    }

    @Override
    public void close() {
        try {
            gateway.close();
        } finally {
            try {
                caches.close();
            } finally {
                pipeline.close();
            }
        }
    }
}
