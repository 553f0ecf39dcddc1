import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putPipeline('it-run-fails', new File(basedir, 'pipeline.json').text)
// The lab's failing assertion: the app correctly redirects to /dashboard, the test expected /register_user.
aws.putRunPlan('it-run-fails', '''{"defaultDurationMillis": 300, "stages": {"IntegrationTest": {
  "status": "Failed", "durationMillis": 500, "errorMessage": "Build terminated with state: FAILED",
  "build": {"buildStatus": "FAILED", "reports": [{"name": "failsafe", "testCases": [
    {"name": "redirectsAfterRegistration", "prefix": "com.example.RegistrationIT", "testSuiteName": "com.example.RegistrationIT",
     "status": "FAILED", "message": "expected: </register_user> but was: </dashboard>\\n\\tat com.example.RegistrationIT.redirectsAfterRegistration(RegistrationIT.java:31)"},
    {"name": "showsTheForm", "prefix": "com.example.RegistrationIT", "status": "SUCCEEDED"},
    {"name": "dashboardLoads", "prefix": "com.example.DashboardIT", "status": "ERROR", "message": "java.net.ConnectException: Connection refused"}]}]}}}}''')
true
