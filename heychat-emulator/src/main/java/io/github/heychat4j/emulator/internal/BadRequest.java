package io.github.heychat4j.emulator.internal;

/**
 * A request the platform could not read: a missing field, a wrong JSON type, an unparsable body.
 * Answered with HTTP 400 and {@code 参数错误: <field> <rule>}.
 */
public final class BadRequest extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int httpStatus;

    /**
     * @param field the field, query parameter or part at fault
     * @param rule  what it breaks, e.g. "is required", "must be a JSON number"
     */
    public BadRequest(String field, String rule) {
        this(400, field, rule);
    }

    /** A bad request answered with another 4xx status (413 for a body too large). */
    public BadRequest(int httpStatus, String field, String rule) {
        super(field + " " + rule, null, false, false);
        this.httpStatus = httpStatus;
    }

    /** The HTTP status to answer with. */
    public int httpStatus() {
        return httpStatus;
    }
}
