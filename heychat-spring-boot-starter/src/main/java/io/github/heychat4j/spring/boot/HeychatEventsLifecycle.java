package io.github.heychat4j.spring.boot;

import io.github.heychat4j.commands.CommandRouter;
import io.github.heychat4j.domain.Heychat;
import io.github.heychat4j.domain.event.EventHandler;
import io.github.heychat4j.domain.event.HeychatEvent;
import io.github.heychat4j.domain.event.Subscription;
import io.github.heychat4j.http.HeychatHttp;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Subscribes the application's handlers when the context starts, and connects the gateway; cancels them and stops
 * the gateway when the context stops. It runs in the last phase: every singleton exists before the first event can
 * arrive, and the gateway stops before any bean is destroyed.
 *
 * <p>Handlers: {@link EventHandler} beans (their event type read from the bean's declared generic type),
 * {@link HeychatEventHandler} methods, {@link CommandRoute} beans added to the command router, and every
 * {@link CommandRouter} bean, which listens.
 */
final class HeychatEventsLifecycle implements SmartLifecycle {
    private static final System.Logger LOG = System.getLogger(HeychatEventsLifecycle.class.getName());
    private static final boolean COMMANDS_PRESENT =
            ClassUtils.isPresent("io.github.heychat4j.commands.CommandRouter", HeychatEventsLifecycle.class.getClassLoader());

    private final ObjectProvider<Heychat> heychatProvider;
    private Heychat heychat;
    private final ConfigurableListableBeanFactory beans;
    private final HeychatProperties.Gateway gateway;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private volatile boolean running;

    HeychatEventsLifecycle(ObjectProvider<Heychat> heychat, ConfigurableListableBeanFactory beans,
                           HeychatProperties.Gateway gateway) {
        this.heychatProvider = heychat;
        this.beans = beans;
        this.gateway = gateway;
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        heychat = heychatProvider.getIfUnique();
        if (heychat == null) {
            LOG.log(System.Logger.Level.DEBUG, "no single Heychat bean: no heychat4j handler subscribed");
            return;
        }
        subscribeHandlerBeans();
        subscribeAnnotatedMethods();
        if (COMMANDS_PRESENT) {
            Commands.listen(beans, subscriptions);
        }
        running = true;
        if (heychat instanceof HeychatHttp http && gateway.autoStart() && !subscriptions.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, () -> subscriptions.size() + " heychat4j handler(s) subscribed; connecting the gateway");
            http.events().start(gateway.startTimeout());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void subscribeHandlerBeans() {
        for (String name : beans.getBeanNamesForType(EventHandler.class, true, false)) {
            Class<?> eventType = eventTypeOf(name);
            EventHandler<?> handler = beans.getBean(name, EventHandler.class);
            subscriptions.add(heychat.events().on((Class) eventType, (EventHandler) handler));
        }
    }

    private Class<?> eventTypeOf(String name) {
        ResolvableType declared = ResolvableType.NONE;
        if (beans.containsBeanDefinition(name)) {
            BeanDefinition definition = beans.getMergedBeanDefinition(name);
            declared = definition.getResolvableType();
        }
        if (declared == ResolvableType.NONE || declared.resolve() == null) {
            Class<?> type = beans.getType(name);
            declared = type == null ? ResolvableType.NONE : ResolvableType.forClass(type);
        }
        ResolvableType handler = declared.as(EventHandler.class);
        Class<?> event = handler.hasUnresolvableGenerics() ? null : handler.getGeneric(0).resolve();
        if (event == null || !HeychatEvent.class.isAssignableFrom(event)) {
            throw new IllegalStateException("EventHandler bean '" + name + "': its event type cannot be read; declare it"
                    + " with one, e.g. EventHandler<MessagePosted>, or EventHandler<HeychatEvent> for every event");
        }
        return event;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void subscribeAnnotatedMethods() {
        for (String name : beans.getBeanNamesForType(Object.class, false, false)) {
            Class<?> type = beans.getType(name);
            if (type == null) {
                continue;
            }
            Class<?> user = ClassUtils.getUserClass(type);
            Map<Method, HeychatEventHandler> methods = MethodIntrospector.selectMethods(user,
                    (MethodIntrospector.MetadataLookup<HeychatEventHandler>) m ->
                            AnnotatedElementUtils.findMergedAnnotation(m, HeychatEventHandler.class));
            if (methods.isEmpty()) {
                continue;
            }
            Object bean = beans.getBean(name);
            for (Method method : methods.keySet()) {
                Class<?>[] parameters = method.getParameterTypes();
                if (parameters.length != 1 || !HeychatEvent.class.isAssignableFrom(parameters[0])) {
                    throw new IllegalStateException("@HeychatEventHandler " + user.getSimpleName() + "." + method.getName()
                            + ": must take exactly one parameter, a HeychatEvent type such as MessagePosted");
                }
                Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
                ReflectionUtils.makeAccessible(invocable);
                subscriptions.add(heychat.events().on((Class) parameters[0], event -> invoke(invocable, bean, event)));
            }
        }
    }

    private static void invoke(Method method, Object bean, Object event) throws Exception {
        try {
            method.invoke(bean, event);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
        if (heychat instanceof HeychatHttp http) {
            http.events().stop();
        }
        heychat = null;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Kept apart so that nothing loads heychat-commands' classes when the application does not have them. */
    private static final class Commands {
        static void listen(ConfigurableListableBeanFactory beans, List<Subscription> subscriptions) {
            Map<String, CommandRouter> routers = beans.getBeansOfType(CommandRouter.class);
            Map<String, CommandRoute> routes = beans.getBeansOfType(CommandRoute.class);
            if (!routes.isEmpty() && routers.size() != 1) {
                throw new IllegalStateException(routes.size() + " CommandRoute bean(s) " + routes.keySet() + " need exactly one"
                        + " CommandRouter bean to join, found " + routers.keySet());
            }
            for (CommandRoute route : routes.values()) {
                routers.values().iterator().next().on(route.command(), route.handler());
            }
            for (CommandRouter router : routers.values()) {
                subscriptions.add(router.listen());
            }
        }
    }

    @Override
    public String toString() {
        return "HeychatEventsLifecycle[" + subscriptions.size() + " subscriptions, gateway start timeout "
                + gateway.startTimeout().toSeconds() + " s]";
    }
}
