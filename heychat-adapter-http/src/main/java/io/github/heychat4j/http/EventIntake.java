package io.github.heychat4j.http;

import io.github.heychat4j.domain.UserId;
import io.github.heychat4j.http.internal.LocalIntake;
import java.util.Optional;

/**
 * Where a client's events come from: the seam that lets the replicas of one bot share one gateway, so that each
 * event is handled by one replica. The default, {@link #local()}, is what one process needs: the client holds its
 * own link to the platform's gateway and hands each frame straight to its handlers. The {@code heychat-redis}
 * module provides an intake through which only one replica (the holder of a lease) keeps the platform's gateway
 * and every replica's handlers take their share of its frames.
 *
 * <p>What passes through the seam is the raw text of the platform's event frames (spec §5.3): event data, never
 * the token (that travels only in the gateway's handshake). Each replica decodes a frame with its own decoder, so
 * handlers see the same event types with or without an intake, and the client keeps its rules: its own actions
 * filtered out, caches kept fresh, frames it cannot read reported to {@link HeychatListener#frameSkipped}.
 *
 * {@snippet :
 * HeychatHttp http = HeychatHttp.builder().token(token).bot(bot)
 *         .eventIntake(EventIntake.local())     // the default
 *         .build();
 * }
 *
 * <p>The contract between a client and an intake, once {@link GatewayEvents#start()} is called: the client
 * {@link #attach}es, then calls {@link Relay#start()}. The intake tells the client when to
 * {@link Receiver#holdGateway() hold} and when to {@link Receiver#releaseGateway() release} the platform's
 * gateway; the client {@link Relay#publish publishes} each frame its link receives instead of handling it; the
 * intake hands frames (this replica's share) to {@link Receiver#receive}; right before the handlers run, the
 * client {@link Frame#claim claims} the frame, and when they have finished (or the frame was not for them) it
 * says {@link Frame#done()}.
 */
public interface EventIntake {
    /**
     * Connects one client's gateway to the intake, once, when {@link GatewayEvents#start()} is first called (never
     * for {@link #local()}).
     *
     * @param bot      the bot; frames are shared between the clients of the same bot only
     * @param receiver the client's side: it holds or releases the platform's gateway and takes frames
     * @param listener the client's listener, guarded so that it cannot throw; an intake reports through
     *                 {@link HeychatListener#coordinationChanged} with the part {@value #PART}
     * @return the intake's side, closed when the gateway is stopped
     */
    Relay attach(UserId bot, Receiver receiver, HeychatListener listener);

    /** The {@code part} an intake names in {@link HeychatListener#coordinationChanged}. */
    String PART = "events";

    /**
     * No intake: this client holds its own link to the platform's gateway and hands each frame straight to its
     * handlers, de-duplicating messages in this process.
     */
    static EventIntake local() {
        return LocalIntake.INSTANCE;
    }

    /** The intake's side of one client. Thread-safe. */
    interface Relay extends AutoCloseable {
        /**
         * Begins: contends for the gateway and takes frames. Returns without waiting for the gateway; failures to
         * reach the intake's store are retried in the background and reported, not thrown.
         */
        void start();

        /**
         * A whole frame this client's gateway link received (not a {@code PONG}), to be handed to the handlers of
         * some replica, this one included. Called on the link's reader thread, one frame at a time, in the order
         * received; must not block for long nor throw. A frame it cannot pass on, it hands back to this client's
         * {@link Receiver#receive} and reports: a frame is never dropped silently.
         */
        void publish(String frame);

        /**
         * Stops: releases the gateway (so another replica may take it at once) and takes no more frames. Frames
         * taken but not {@link Frame#done() done} are left to the other replicas. Called once the client has
         * dropped its link; idempotent.
         */
        @Override
        void close();
    }

    /** The client's side, given to {@link #attach}. Thread-safe; its methods return quickly. */
    interface Receiver {
        /** This replica is to hold the platform's gateway now: the client connects (and reconnects when lost). */
        void holdGateway();

        /** This replica is no longer to hold the platform's gateway: the client drops its link and stays connected to the intake. */
        void releaseGateway();

        /**
         * A frame for this replica's handlers: the client decodes it and queues its event; it calls
         * {@link Frame#claim} right before the handlers run and {@link Frame#done()} after.
         */
        void receive(Frame frame);
    }

    /** One frame handed to a client by its intake. */
    interface Frame {
        /** The frame's text, as the platform's gateway sent it. */
        String text();

        /**
         * Claims the event for this replica's handlers, right before they run; called at most once. The intake
         * answers {@link Claim#HANDLE} when no replica claimed this frame, nor any frame of the same message, before.
         *
         * @param messageId the event's message id, for messages and commands (spec §5.4: types 50 and 5 can carry
         *                  the same message); empty for other events
         */
        Claim claim(Optional<String> messageId);

        /** The handlers have finished, or the frame was not for them (skipped, a duplicate, no handler); called once. */
        void done();
    }

    /** What {@link Frame#claim} decided. */
    enum Claim {
        /** Run the handlers: this replica is the first to claim the event. */
        HANDLE,
        /** Do not: the event was claimed before (a frame handed out again, or the same message twice). */
        DUPLICATE,
        /** Do not, now: the intake cannot tell; it hands the frame out again later (to this or another replica). */
        LATER
    }
}
