import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto-run', 'moto')
aws.putPipeline('it-compat-moto-run', new File(basedir, 'pipeline.json').text)
true
