package io.github.heychat4j.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;

/**
 * The actuator's env and configprops endpoints, told to show every value, still mask the token: as a property, as a
 * bound configuration property, and as the environment variable.
 */
class TokenMaskingTest {
    static final String TOKEN = "masked-secret-token-c0ffee";

    final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(HeychatAutoConfiguration.class))
            .withPropertyValues("heychat.token=" + TOKEN, "heychat.bot-id=2398561", "other.value=shown");

    @Test
    void theEnvEndpointMasksTheTokenPropertyAndVariable() {
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new MapPropertySource("systemEnvironment-like", Map.of("HEYCHAT_TOKEN", TOKEN))))
                .run(context -> {
                    List<SanitizingFunction> functions = List.copyOf(context.getBeansOfType(SanitizingFunction.class).values());
                    EnvironmentEndpoint env = new EnvironmentEndpoint(context.getEnvironment(), functions, Show.ALWAYS);

                    String all = env.environment(null).getPropertySources().toString()
                            + env.environmentEntry("heychat.token").getProperty().getValue()
                            + env.environmentEntry("HEYCHAT_TOKEN").getProperty().getValue();

                    assertFalse(all.contains(TOKEN), all);
                    assertEquals(SanitizableData.SANITIZED_VALUE, env.environmentEntry("heychat.token").getProperty().getValue());
                    assertEquals("shown", env.environmentEntry("other.value").getProperty().getValue());
                });
    }

    @Test
    void theConfigpropsEndpointMasksTheBoundToken() {
        runner.run(context -> {
            List<SanitizingFunction> functions = List.copyOf(context.getBeansOfType(SanitizingFunction.class).values());
            ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(functions, Show.ALWAYS);
            endpoint.setApplicationContext(context);

            String report = endpoint.configurationPropertiesWithPrefix("heychat").toString()
                    + describe(endpoint.configurationPropertiesWithPrefix("heychat"));

            assertFalse(report.contains(TOKEN), report);
            assertTrue(report.contains(SanitizableData.SANITIZED_VALUE), report);
        });
    }

    @Test
    void onlyTokenKeysAreMasked() {
        assertTrue(TokenSanitizer.holdsToken("heychat.token"));
        assertTrue(TokenSanitizer.holdsToken("HEYCHAT_TOKEN"));
        assertTrue(TokenSanitizer.holdsToken("token"));
        assertFalse(TokenSanitizer.holdsToken("heychat.bot-id"));
        assertFalse(TokenSanitizer.holdsToken(null));
    }

    private static String describe(ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesDescriptor descriptor) {
        StringBuilder out = new StringBuilder();
        descriptor.getContexts().forEach((id, ctx) -> ctx.getBeans().forEach((name, bean) ->
                out.append(name).append(bean.getProperties()).append(bean.getInputs())));
        return out.toString();
    }
}
