import dev.cloudtest.it.LocalAwsControl

// A failed update being rolled back: no amount of waiting makes its outputs the deployed ones.
LocalAwsControl.at(localAwsEndpoint).awaitHealthy().putStack('it-stack-rollback', '''{
  "status": "UPDATE_ROLLBACK_IN_PROGRESS", "statusReason": "Resource Api failed",
  "outputs": [{"OutputKey": "ApiUrl", "OutputValue": "https://old.example"}],
  "transitions": [{"status": "UPDATE_ROLLBACK_COMPLETE", "afterMillis": 600000}]}''')
true
