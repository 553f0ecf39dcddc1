package com.example;

public final class Calculator {
    public int add(int a, int b) {
        return a + b;
    }
}
