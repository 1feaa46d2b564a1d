package io.github.heychat4j.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.heychat4j.fake.Operation;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The table that decides retries, checked against what it does not restate: the fake's table of the same
 * operations (names and read or write), the HTTP method, the host, and the rules that tie the classes together.
 * Over the wire, the emulator serves every row ({@code EndpointsServedTest}).
 */
class EndpointTest {

    @Test
    void everyRowIsAnOperationOfTheFakeAndEveryOperationOfTheFakeIsARow() {
        Set<String> endpoints = Arrays.stream(Endpoint.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> operations = Arrays.stream(Operation.values()).map(Enum::name).collect(Collectors.toSet());

        assertEquals(operations, endpoints);
        assertEquals(Endpoint.values().length, Arrays.stream(Endpoint.values()).map(Endpoint::path).distinct().count(),
                "two rows share a path");
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aSafeReadIsExactlyWhatTheFakeCallsARead(Endpoint endpoint) {
        assertEquals(Operation.valueOf(endpoint.name()).isRead(), endpoint.operationClass() == OperationClass.SAFE_READ,
                endpoint + " is " + endpoint.operationClass());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void aSafeReadIsAGet(Endpoint endpoint) {
        if (endpoint.operationClass() == OperationClass.SAFE_READ) {
            assertEquals(Endpoint.Method.GET, endpoint.method(), endpoint.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void onlyAPathOffTheChatroomApiGoesToTheUploadHost(Endpoint endpoint) {
        assertEquals(!endpoint.path().startsWith("/chatroom/"), endpoint.onUploadHost(), endpoint.path());
    }

    @ParameterizedTest
    @EnumSource(Endpoint.class)
    void notFoundOnARetryMeansDoneOnlyForAWriteThatIsSafeToSendAgain(Endpoint endpoint) {
        if (endpoint.absentMeansDone()) {
            assertNotEquals(OperationClass.SAFE_READ, endpoint.operationClass(), endpoint.toString());
            assertNotEquals(OperationClass.NON_IDEMPOTENT_WRITE, endpoint.operationClass(), endpoint.toString());
        }
    }

    @Test
    void everyClassHasARow() {
        Set<OperationClass> used = Arrays.stream(Endpoint.values()).map(Endpoint::operationClass)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OperationClass.class)));

        assertTrue(used.containsAll(EnumSet.allOf(OperationClass.class)), "unused classes: " + used);
    }
}
