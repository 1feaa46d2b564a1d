package io.github.heychat4j.http;

/** Which of the platform's per-minute limits a {@link RequestBudget} keeps. */
public enum BudgetKind {
    /** Every request ({@link RateLimitPolicy#requestsPerMinute()}). */
    REQUESTS("requests"),
    /** Direct messages ({@link RateLimitPolicy#directMessagesPerMinute()}), also counted in {@link #REQUESTS}. */
    DIRECT_MESSAGES("direct messages");

    private final String description;

    BudgetKind(String description) {
        this.description = description;
    }

    /** A short lower-case name for messages, e.g. {@code "direct messages"}. */
    public String description() {
        return description;
    }
}
