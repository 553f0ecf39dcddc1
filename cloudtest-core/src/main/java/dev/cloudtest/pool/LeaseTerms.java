package dev.cloudtest.pool;

import java.time.Instant;

/** What a job writes into a slot when it takes it: its secret lease id, who it is, and what it will deploy. */
public record LeaseTerms(String leaseId, String holder, String branch, String commit, Instant now, Instant expiresAt) {}
