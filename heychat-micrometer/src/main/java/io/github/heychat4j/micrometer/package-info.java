/**
 * Micrometer metrics for heychat4j's HTTP adapter: {@link io.github.heychat4j.micrometer.HeychatMetrics}.
 */
package io.github.heychat4j.micrometer;
