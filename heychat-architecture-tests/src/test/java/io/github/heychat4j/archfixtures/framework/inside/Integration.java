package io.github.heychat4j.archfixtures.framework.inside;

import io.github.heychat4j.archfixtures.framework.lib.FrameworkType;

/** May use the framework: it is the integration module. */
public class Integration extends FrameworkType {
}
