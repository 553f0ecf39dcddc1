import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-classic-role')
aws.putPipeline('it-classic', new File(basedir, 'pipeline.json').text)
true
