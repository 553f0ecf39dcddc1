import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-dry-role')
aws.putPipeline('it-dry', new File(basedir, 'pipeline.json').text)
true
