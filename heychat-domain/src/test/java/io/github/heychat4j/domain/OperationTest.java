package io.github.heychat4j.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rules that tie an operation's facts together. That every adapter names each call by its operation is checked
 * where the calls run ({@code OperationKeysTest} in the HTTP adapter, over the emulator and the fake).
 */
class OperationTest {

    @ParameterizedTest
    @EnumSource(Operation.class)
    void notFoundOnARepeatMeansDoneOnlyForAWriteThatIsSafeToSendAgain(Operation operation) {
        if (operation.absentMeansDone()) {
            assertNotEquals(OperationClass.SAFE_READ, operation.operationClass(), operation.toString());
            assertTrue(operation.operationClass().mayRepeatAfterUnknownOutcome(), operation.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Operation.class)
    void theMethodNameIsThePortAndMethodOfTheConstant(Operation operation) {
        String port = operation.name().substring(0, operation.name().indexOf('_')).toLowerCase(java.util.Locale.ROOT);
        assertTrue(operation.methodName().startsWith(port + "."), operation + " is " + operation.methodName());
    }

    @Test
    void noTwoOperationsShareAMethod() {
        assertEquals(Operation.values().length,
                Arrays.stream(Operation.values()).map(Operation::methodName).distinct().count());
    }

    @Test
    void everyClassHasAnOperation() {
        Set<OperationClass> used = Arrays.stream(Operation.values()).map(Operation::operationClass)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OperationClass.class)));

        assertEquals(EnumSet.allOf(OperationClass.class), used);
    }
}
