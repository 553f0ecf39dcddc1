import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-inside-role')
aws.putPipeline('it-inside', new File(basedir, 'pipeline.json').text)
true
