package io.github.heychat4j.fake;

import io.github.heychat4j.domain.PermissionDeniedException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Asserts a denial and that it names the permission that was missing. */
final class PermissionDeniedCheck {
    private PermissionDeniedCheck() {
    }

    static void denied(Executable call, String permission) {
        PermissionDeniedException e = TestWorld.assertDenied(call);
        assertTrue(e.getMessage().contains(permission), e.getMessage());
    }
}
