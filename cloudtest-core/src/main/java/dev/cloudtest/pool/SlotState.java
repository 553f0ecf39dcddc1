package dev.cloudtest.pool;

/** Where a pool slot is in its life (docs/stack-pool.md §5, state diagram). */
public enum SlotState {
    /** Deployed and not leased: any job may acquire it. */
    FREE,
    /** Created by a growing job that is deploying its stack for the first time; leased to that job. */
    PROVISIONING,
    /** Held by one job until it releases or its lease expires. */
    LEASED,
    /** Its stack is unhealthy; excluded until repaired or retired. */
    BROKEN,
    /** Being deleted by shrink-pool. */
    RETIRING
}
