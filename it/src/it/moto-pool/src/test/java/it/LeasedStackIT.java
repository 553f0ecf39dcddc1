package it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.cloudtest.junit5.CloudtestStack;
import dev.cloudtest.junit5.StackOutput;
import dev.cloudtest.junit5.StackUnderTest;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

@CloudtestStack
class LeasedStackIT {
    @Test
    void seesTheLeasedStack(StackUnderTest stack, @StackOutput("StackLabel") String label) {
        System.out.println("Testing " + stack.name() + " under fence " + stack.fence().getAsLong() + ": " + label);
        assertEquals("it-pool-01", stack.name());
        assertEquals(OptionalLong.of(1), stack.fence());
        assertEquals("deployed it-pool-01", label);
    }
}
