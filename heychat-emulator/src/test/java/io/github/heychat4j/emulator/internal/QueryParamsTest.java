package io.github.heychat4j.emulator.internal;

import io.github.heychat4j.domain.UserId;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QueryParamsTest {

    @Test
    void valuesAreUrlDecodedAndTheFirstOneWins() {
        QueryParams query = QueryParams.parse("password=12%2034&a=1&a=2&flag");

        assertEquals(Optional.of("12 34"), query.get("password"));
        assertEquals(Optional.of("1"), query.get("a"));
        assertEquals(Optional.of(""), query.get("flag"));
    }

    @Test
    void noQueryMeansNoParameters() {
        assertTrue(QueryParams.parse(null).asMap().isEmpty());
    }

    @Test
    void flagsAreTrueFalseOneOrZero() {
        assertTrue(QueryParams.parse("must_audio=true").flag("must_audio", false));
        assertFalse(QueryParams.parse("must_audio=0").flag("must_audio", true));
        assertTrue(QueryParams.parse("").flag("must_audio", true));
        assertThrows(BadRequest.class, () -> QueryParams.parse("must_audio=yes").flag("must_audio", false));
    }

    @Test
    void userIdsAreDigits() {
        assertEquals(UserId.of(8828375), QueryParams.parse("to_user_id=8828375").userId("to_user_id"));
        assertEquals("to_user_id must be a positive user id, got \"0\"",
                assertThrows(BadRequest.class, () -> QueryParams.parse("to_user_id=0").userId("to_user_id")).getMessage());
    }

    @Test
    void aBrokenEscapeIsABadRequest() {
        assertThrows(BadRequest.class, () -> QueryParams.parse("a=%zz"));
    }

    @Test
    void integersHaveAFallback() {
        assertEquals(50, QueryParams.parse("").integer("limit", 50));
        assertEquals(7, QueryParams.parse("limit=7").integer("limit", 50));
        assertThrows(BadRequest.class, () -> QueryParams.parse("limit=-1").integer("limit", 50));
    }
}
