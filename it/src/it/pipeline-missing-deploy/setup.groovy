import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-no-deploy-role')
aws.putPipeline('it-no-deploy', new File(basedir, 'pipeline.json').text)
true
