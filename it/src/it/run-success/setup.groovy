import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putPipeline('it-run-success', new File(basedir, 'pipeline.json').text)
// Deploy takes long enough to be seen in progress.
aws.putRunPlan('it-run-success', '''{"defaultDurationMillis": 300, "stages": {"Deploy": {"durationMillis": 8000},
  "IntegrationTest": {"build": {"reports": [{"name": "failsafe", "testCases": [
    {"name": "registers", "prefix": "com.example.RegistrationIT"},
    {"name": "redirectsToDashboard", "prefix": "com.example.RegistrationIT"},
    {"name": "loads", "prefix": "com.example.DashboardIT"}]}]}}}}''')
// The pipeline is busy for the first start: the goal retries.
aws.fault('it-run-success', 'StartPipelineExecution', 'conflict', 1)
true
