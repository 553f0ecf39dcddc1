package dev.cloudtest.pool;

import dev.cloudtest.core.UserFixableException;

/**
 * The slot is no longer held by this lease (it expired and was taken over, or was force-released). Whatever ran
 * against the stack since may have met another job's deploy, so results are not to be trusted.
 */
public final class LeaseLostException extends UserFixableException {
    private final StackPool.Lease lease;

    LeaseLostException(StackPool.Lease lease, Slot now) {
        super("The lease on " + lease.stackName() + " (fence " + lease.fence() + ") was lost"
                + (now == null
                        ? ": the slot no longer exists."
                        : "; the slot is now " + now.state() + (now.holder() == null ? "" : ", held by " + now.holder())
                                + " (fence " + now.fence() + ")" + ".")
                + " Another job may have redeployed this stack while you used it, so the results are not"
                + " trustworthy. Renew more often than the lease duration, or lengthen it.");
        this.lease = lease;
    }

    public StackPool.Lease lease() {
        return lease;
    }
}
