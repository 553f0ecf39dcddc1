import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto-upd', 'moto')
aws.dialect('it-compat-moto-upd-project', 'moto')
aws.putPipeline('it-compat-moto-upd', new File(basedir, 'pipeline.json').text)
aws.putMotoPipelineProject('it-compat-moto-upd-project', 'integration_buildspec.yml',
        'aws/codebuild/standard:5.0', 'arn:aws:iam::123456789012:role/it-compat-moto-role')
true
