package io.github.heychat4j.spring.boot.test;

import io.github.heychat4j.testkit.TestWorld;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Puts the test class's world into the context before it refreshes: the world's bot as the {@code Heychat} bean
 * (the starter's client then backs off), or an emulator serving the world with the {@code heychat.*} properties
 * pointing the starter's client at it. Equal for the same test class and adapter, so Spring caches the context per
 * test class.
 */
final class HeychatContextCustomizer implements ContextCustomizer {
    static final String WORLD_BEAN = "heychatTestWorld";
    static final String HEYCHAT_BEAN = "heychat";

    private final Class<?> testClass;
    private final HeychatBootTest.Adapter adapter;

    HeychatContextCustomizer(Class<?> testClass, HeychatBootTest.Adapter adapter) {
        this.testClass = testClass;
        this.adapter = adapter;
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        TestWorld world = TestWorld.declaredBy(testClass);
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerSingleton(WORLD_BEAN, world);
        if (adapter == HeychatBootTest.Adapter.FAKE) {
            beans.registerSingleton(HEYCHAT_BEAN, world.bot());
            return;
        }
        if (!ClassUtils.isPresent("io.github.heychat4j.emulator.HeychatEmulator", getClass().getClassLoader())) {
            throw new IllegalStateException("@HeychatBootTest(adapter = EMULATOR) on " + testClass.getSimpleName()
                    + " needs io.github.heychat4j:heychat-emulator on the test classpath");
        }
        Map<String, Object> properties = Emulators.start(world, beans);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("heychatEmulator", properties));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HeychatContextCustomizer that && testClass == that.testClass && adapter == that.adapter;
    }

    @Override
    public int hashCode() {
        return Objects.hash(testClass, adapter);
    }

    @Override
    public String toString() {
        return "HeychatContextCustomizer[" + testClass.getSimpleName() + ", " + adapter + "]";
    }
}
