import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putPipeline('it-run-timeout', new File(basedir, 'pipeline.json').text)
// Deploy takes ten minutes; the goal waits three seconds.
aws.putRunPlan('it-run-timeout', '{"defaultDurationMillis": 100, "stages": {"Deploy": {"durationMillis": 600000}}}')
true
