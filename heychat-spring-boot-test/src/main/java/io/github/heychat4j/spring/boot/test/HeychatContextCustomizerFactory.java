package io.github.heychat4j.spring.boot.test;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/** Reads {@link HeychatBootTest} from a test class; used through that annotation. */
public final class HeychatContextCustomizerFactory implements ContextCustomizerFactory {
    /** Called by Spring's test support. */
    public HeychatContextCustomizerFactory() {
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
        HeychatBootTest annotation = TestContextAnnotationUtils.findMergedAnnotation(testClass, HeychatBootTest.class);
        return annotation == null ? null : new HeychatContextCustomizer(testClass, annotation.adapter());
    }
}
