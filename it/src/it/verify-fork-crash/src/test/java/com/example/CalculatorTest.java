package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorTest {
    @Test
    void addsZero() {
        assertEquals(7, new Calculator().add(7, 0));
    }
}
