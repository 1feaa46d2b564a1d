package io.github.heychat4j.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.Operation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The wire table checked against the rules it must keep with the domain's facts; that each operation reaches the
 * emulator's route for it and is reported under its own name is {@code OperationKeysTest}.
 */
class EndpointTest {

    @ParameterizedTest
    @EnumSource(Operation.class)
    void everyOperationHasItsOwnEndpoint(Operation operation) {
        assertEquals(operation, Endpoint.of(operation).operation());
    }

    @Test
    void noTwoOperationsShareAPath() {
        assertEquals(Operation.values().length,
                Arrays.stream(Operation.values()).map(o -> Endpoint.of(o).path()).distinct().count());
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void aReadIsAGet(Operation operation) {
        if (operation.isRead()) {
            assertEquals(Endpoint.Method.GET, Endpoint.of(operation).method(), operation.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void onlyAPathOffTheChatroomApiGoesToTheUploadHost(Operation operation) {
        Endpoint endpoint = Endpoint.of(operation);
        assertEquals(!endpoint.path().startsWith("/chatroom/"), endpoint.onUploadHost(), endpoint.path());
    }
}
