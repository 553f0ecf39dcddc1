import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-ls-base', 'localstack-base')
aws.putPipeline('it-compat-ls-base', new File(basedir, 'pipeline.json').text)
true
