import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-wrong-artifact-role')
aws.putPipeline('it-wrong-artifact', new File(basedir, 'pipeline.json').text)
true
