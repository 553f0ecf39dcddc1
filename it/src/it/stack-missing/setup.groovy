import dev.cloudtest.it.LocalAwsControl

// The deployed stack carries a suffix the user forgot.
LocalAwsControl.at(localAwsEndpoint).awaitHealthy().putStack('it-stack-missing-orders-1', '{}')
true
