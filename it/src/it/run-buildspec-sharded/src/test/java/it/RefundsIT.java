package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RefundsIT {
    @Test
    void refundsAreConfirmedToo() {
        assertEquals("confirmed:r1", Orders.confirm("r1"));
    }
}
