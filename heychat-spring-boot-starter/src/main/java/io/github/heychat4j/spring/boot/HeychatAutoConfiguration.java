package io.github.heychat4j.spring.boot;

import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.http.HeychatHttp;
import io.github.heychat4j.http.HeychatListener;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configures a {@link HeychatHttp} as the application's {@link Heychat} from the {@code heychat.*} properties,
 * with every {@link HeychatListener} bean observing it; subscribes the handlers declared as beans and starts the
 * gateway with the context ({@code HeychatEventsLifecycle}); and masks the token in the actuator's endpoints. Backs
 * off when the application defines its own {@code Heychat} bean (a test slice's fake, say), but still subscribes the
 * handlers to it.
 */
@AutoConfiguration
@ConditionalOnClass(HeychatHttp.class)
@ConditionalOnProperty(prefix = "heychat", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(HeychatProperties.class)
public class HeychatAutoConfiguration {
    /** Called by Spring. */
    public HeychatAutoConfiguration() {
    }

    /**
     * The client, closed with the context (its gateway, threads and HTTP client).
     *
     * @param properties the {@code heychat.*} properties
     * @param listeners  every {@link HeychatListener} bean, in their order ({@code @Order}), e.g. the metrics
     * @return the client
     */
    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(Heychat.class)
    public HeychatHttp heychat(HeychatProperties properties, ObjectProvider<HeychatListener> listeners) {
        List<HeychatListener> observers = listeners.orderedStream().toList();
        return HeychatHttpFactory.builder(properties, observers).build();
    }

    /**
     * Subscribes the handlers declared as beans when the context starts, and connects the gateway.
     *
     * @param heychat    the application's Heychat, auto-configured or its own; none: nothing to do
     * @param beans      where the handlers are found
     * @param properties when the gateway starts
     * @return the lifecycle
     */
    @Bean
    @ConditionalOnMissingBean(name = "heychatEventsLifecycle")
    static SmartLifecycle heychatEventsLifecycle(ObjectProvider<Heychat> heychat, ConfigurableListableBeanFactory beans,
                                                 HeychatProperties properties) {
        return new HeychatEventsLifecycle(heychat, beans, properties.gateway());
    }

    /** The token masked in the actuator's {@code env} and {@code configprops} endpoints, whatever they show. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class TokenMasking {
        @Bean
        SanitizingFunction heychatTokenSanitizer() {
            return TokenSanitizer::apply;
        }
    }
}
