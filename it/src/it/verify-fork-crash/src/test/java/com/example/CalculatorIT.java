package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalculatorIT {
    @Test
    void addsLargeNumbers() {
        assertEquals(3_000_000, new Calculator().add(1_000_000, 2_000_000));
    }

    @Test
    void aTestThatEndsTheJvm() {
        // What a crashed or killed fork looks like to Failsafe.
        System.exit(1);
    }
}
