import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto', 'moto')
aws.dialect('it-compat-moto-project', 'moto')
aws.accessKeyDialect('AKIDCOMPATMOTOADD', 'moto')
aws.putPipeline('it-compat-moto', new File(basedir, 'pipeline.json').text)
// What moto stores for a project created with the dummy locations it insists on.
aws.putMotoPipelineProject('it-compat-moto-project', 'integration_buildspec.yml',
        'aws/codebuild/amazonlinux-x86_64-standard:5.0', 'arn:aws:iam::123456789012:role/it-compat-moto-role')
true
