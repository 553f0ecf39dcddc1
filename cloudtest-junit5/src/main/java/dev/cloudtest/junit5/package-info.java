/**
 * cloudtest's JUnit 5 library: stack values injected into integration tests, waits with a deadline (SLA) that
 * report the measured latency, and event listeners.
 */
package dev.cloudtest.junit5;
