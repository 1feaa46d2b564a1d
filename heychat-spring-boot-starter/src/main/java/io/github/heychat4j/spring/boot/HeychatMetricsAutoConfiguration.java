package io.github.heychat4j.spring.boot;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.micrometer.HeychatMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link HeychatMetrics} in the application's {@link MeterRegistry}, when {@code heychat-micrometer} is on the
 * classpath and a registry exists: it observes the auto-configured client as a listener, and its gauges read the
 * client. Runs after Spring Boot's own Micrometer auto-configuration and before {@link HeychatAutoConfiguration}.
 */
@AutoConfiguration(before = HeychatAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, HeychatMetrics.class})
@ConditionalOnBean(MeterRegistry.class)
public class HeychatMetricsAutoConfiguration {
    /** Called by Spring. */
    public HeychatMetricsAutoConfiguration() {
    }

    /**
     * The meters, a {@code HeychatListener} the auto-configured client reports to.
     *
     * @param registry the application's registry
     * @return the binder
     */
    @Bean
    @ConditionalOnMissingBean
    public HeychatMetrics heychatMetrics(MeterRegistry registry) {
        return new HeychatMetrics(registry);
    }

    /**
     * Registers the gauges read from the client (circuit state, gateway connected, queued events) once every
     * singleton exists.
     *
     * @param metrics the meters
     * @param heychat the application's Heychat; gauges only for the HTTP adapter
     * @return the registration
     */
    @Bean
    static SmartInitializingSingleton heychatMetricsGauges(ObjectProvider<HeychatMetrics> metrics,
                                                          ObjectProvider<Heychat> heychat) {
        return () -> {
            if (heychat.getIfUnique() instanceof HeychatHttp http) {
                metrics.ifAvailable(m -> m.monitor(http));
            }
        };
    }
}
