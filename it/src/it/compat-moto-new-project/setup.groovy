import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto-new', 'moto')
aws.dialect('it-compat-moto-new-project', 'moto')
aws.putPipeline('it-compat-moto-new', new File(basedir, 'pipeline.json').text)
true
