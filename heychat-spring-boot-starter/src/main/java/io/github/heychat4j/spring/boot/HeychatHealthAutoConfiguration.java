package io.github.heychat4j.spring.boot;

import io.github.heychat4j.domain.Heychat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code heychat} health indicator, when Spring Boot's health support is on the classpath (the actuator brings
 * it) and {@code management.health.heychat.enabled} is not false.
 */
@AutoConfiguration(after = HeychatAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(Heychat.class)
@ConditionalOnEnabledHealthIndicator("heychat")
public class HeychatHealthAutoConfiguration {
    /** Called by Spring. */
    public HeychatHealthAutoConfiguration() {
    }

    /**
     * The indicator, shown as {@code heychat} under {@code /actuator/health}.
     *
     * @param heychat the application's Heychat
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "heychatHealthIndicator")
    public HeychatHealthIndicator heychatHealthIndicator(Heychat heychat) {
        return new HeychatHealthIndicator(heychat);
    }
}
