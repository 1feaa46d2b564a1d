package io.github.heychat4j.emulator.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/** Lets tests of the public package reach the handler's loopback rule without any traffic. */
public final class EmulatorHandlerAccess {

    private EmulatorHandlerAccess() {
    }

    /** Whether a client at this literal address may use the admin API. */
    public static boolean isLoopback(String literalAddress) {
        try {
            return EmulatorHandler.isLoopback(new InetSocketAddress(InetAddress.getByName(literalAddress), 40000));
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
