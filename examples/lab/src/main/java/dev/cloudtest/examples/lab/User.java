package dev.cloudtest.examples.lab;

/** A registered user of the lab application. */
public record User(String name, String email) {}
