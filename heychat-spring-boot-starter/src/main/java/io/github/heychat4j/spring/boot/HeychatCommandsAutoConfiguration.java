package io.github.heychat4j.spring.boot;

import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * A {@link CommandRouter} over the application's {@link Heychat} when {@code heychat-commands} is on the classpath,
 * some {@link CommandRoute} bean exists and the application has no router of its own. The routes join it, and it
 * listens, when the context starts.
 */
@AutoConfiguration(after = HeychatAutoConfiguration.class)
@ConditionalOnClass(CommandRouter.class)
@ConditionalOnBean({Heychat.class, CommandRoute.class})
public class HeychatCommandsAutoConfiguration {
    /** Called by Spring. */
    public HeychatCommandsAutoConfiguration() {
    }

    /**
     * The router with its default replies and the system clock.
     *
     * @param heychat the application's Heychat
     * @return the router
     */
    @Bean
    @ConditionalOnMissingBean
    public CommandRouter commandRouter(Heychat heychat) {
        return CommandRouter.create(heychat);
    }
}
