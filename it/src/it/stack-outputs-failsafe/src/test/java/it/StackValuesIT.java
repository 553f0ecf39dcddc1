package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the README shows: an integration test reading the stack's values from Failsafe. */
class StackValuesIT {
    @Test
    void receivesTheStacksOutputsExportsAndPhysicalIds() {
        assertEquals("https://api.it-stack-fs-1.example/prod?a=1&b=2", System.getProperty("api.url"));
        assertEquals("orders-it-stack-fs-1", System.getProperty("table.name"));
        assertEquals("orders-it-stack-fs-1", System.getProperty("table.export"));
        assertEquals("it-stack-fs-1-OrdersTable-1X2Y", System.getProperty("orders.table"));
        assertEquals("https://sqs/q-fs-1", System.getenv("QUEUE_URL"));
    }

    @Test
    void readsAnExportNamedAfterItsStackFromTheWholeFile() {
        String stack = System.getenv("ENV_STACK_NAME");
        assertEquals("it-stack-fs-1", stack);
        assertEquals("orders-it-stack-fs-1", System.getProperty("cloudtest.export.table-name-" + stack));
        assertEquals(null, System.getProperty("cloudtest.export.table-name-it-stack-fs-2"));
    }
}
