package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrdersTest {
    @Test
    void confirms() {
        assertEquals("confirmed:1", Orders.confirm("1"));
    }
}
