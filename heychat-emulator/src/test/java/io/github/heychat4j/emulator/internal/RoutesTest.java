package io.github.heychat4j.emulator.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.heychat4j.domain.Operation;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every domain operation has exactly one route, so the emulator's fault keys and the fake's journal keys name the same
 * calls; that the route serves the request the HTTP adapter sends for it is {@code OperationKeysTest} there.
 */
class RoutesTest {

    @ParameterizedTest
    @EnumSource(Operation.class)
    void everyOperationHasARouteServingIt(Operation operation) {
        assertEquals(operation, Routes.of(operation).orElseThrow().operation());
    }

    @Test
    void noOperationHasTwoRoutes() {
        EnumSet<Operation> served = EnumSet.noneOf(Operation.class);
        Routes.all().forEach(route -> served.add(route.operation()));

        assertEquals(Routes.all().size(), served.size());
    }

    @Test
    void aReadIsServedByAGet() {
        for (Route route : Routes.all()) {
            if (route.operation().isRead()) {
                assertEquals("GET", route.method(), route.operation().toString());
            }
        }
    }
}
