import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-v2-online-role')
aws.putPipeline('it-v2-online', new File(basedir, 'pipeline.json').text)
true
