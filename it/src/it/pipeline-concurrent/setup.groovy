import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-concurrent-role')
aws.putPipeline('it-concurrent', new File(basedir, 'pipeline.json').text)
aws.fault('{"resource":"it-concurrent","operation":"GetPipeline","kind":"concurrent-writer","count":1,"after":0}')
true
