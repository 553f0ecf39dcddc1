import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putPipeline('it-missing-role', new File(basedir, 'pipeline.json').text)
true
