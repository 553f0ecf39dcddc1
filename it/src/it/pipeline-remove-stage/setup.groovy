import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-remove-role')
aws.putPipeline('it-remove', new File(basedir, 'pipeline.json').text)
true
