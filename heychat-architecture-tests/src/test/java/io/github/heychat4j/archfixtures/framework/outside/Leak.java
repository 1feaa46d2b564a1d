package io.github.heychat4j.archfixtures.framework.outside;

import io.github.heychat4j.archfixtures.framework.lib.FrameworkType;

/** Must not use the framework: a deliberate violation. */
public class Leak {
    FrameworkType framework = new FrameworkType();
}
