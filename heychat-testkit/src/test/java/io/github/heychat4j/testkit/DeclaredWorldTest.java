package io.github.heychat4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** {@link TestWorld#declaredBy}: the world a class declares statically, for frameworks without a test instance. */
class DeclaredWorldTest {
    static class Declares {
        @HeychatWorld
        static TestWorld.Builder world() {
            return TestWorld.create().room("房间", r -> r.textChannel("大厅").member("carol"));
        }

        static class Nested {
        }
    }

    static class DeclaresNothing {
    }

    static class NotStatic {
        @HeychatWorld
        TestWorld.Builder world() {
            return TestWorld.create();
        }
    }

    @Test
    void aStaticMethodDeclaresAFreshWorldEachTime() {
        TestWorld first = TestWorld.declaredBy(Declares.class);
        TestWorld second = TestWorld.declaredBy(Declares.class);

        assertEquals("大厅", first.fake().channel(first.channel("大厅").channel()).orElseThrow().name());
        assertNotSame(first.fake(), second.fake());
    }

    @Test
    void aNestedClassUsesTheWorldOfItsEnclosingClass() {
        assertEquals(TestWorld.declaredBy(Declares.class).user("carol"), TestWorld.declaredBy(Declares.Nested.class).user("carol"));
    }

    @Test
    void aClassDeclaringNothingGetsTheStandardWorld() {
        assertEquals(TestWorld.standard().build().room("测试房间"), TestWorld.declaredBy(DeclaresNothing.class).room("测试房间"));
    }

    @Test
    void anInstanceMethodIsRefusedSayingWhy() {
        ExtensionConfigurationException e = assertThrows(ExtensionConfigurationException.class,
                () -> TestWorld.declaredBy(NotStatic.class));
        assertTrue(e.getMessage().contains("must be static here"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TestWorld.declaredBy(null));
    }
}
