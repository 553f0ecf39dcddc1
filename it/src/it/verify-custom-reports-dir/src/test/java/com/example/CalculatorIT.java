package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorIT {
    @Test
    void addsLargeNumbers() {
        assertEquals(3_000_000, new Calculator().add(1_000_000, 2_000_000));
    }

    @Test
    void addsSmallNumbers() {
        System.out.println("chatty output that the gate never shows");
        assertEquals(5, new Calculator().add(2, 2), "2 + 2 should make five in this broken test");
    }
}
