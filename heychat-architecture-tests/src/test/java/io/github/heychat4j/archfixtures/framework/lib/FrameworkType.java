package io.github.heychat4j.archfixtures.framework.lib;

/** Stands for a framework's type (Spring, Micrometer) in the rule's fixture. */
public class FrameworkType {
}
