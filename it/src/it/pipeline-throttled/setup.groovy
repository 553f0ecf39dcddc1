import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-throttled-role')
aws.putPipeline('it-throttled', new File(basedir, 'pipeline.json').text)
aws.fault('{"resource":"it-throttled","operation":"GetPipeline","kind":"throttle","count":2}')
aws.fault('{"resource":"it-throttled","operation":"UpdatePipeline","kind":"throttle","count":1}')
aws.fault('{"resource":"it-throttled-project","operation":"BatchGetProjects","kind":"http500","count":1}')
aws.fault('{"resource":"it-throttled-project","operation":"CreateProject","kind":"iam-propagation","count":1}')
aws.fault('{"resource":"it-throttled","operation":"GetPipeline","kind":"slow","count":1,"after":2,"delayMillis":500}')
true
