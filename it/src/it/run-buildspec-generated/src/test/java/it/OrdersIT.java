package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OrdersIT {
    @Test
    void confirmsEndToEnd() {
        assertEquals("confirmed:42", Orders.confirm("42"));
    }
}
