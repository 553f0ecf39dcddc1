import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto', 'moto')
aws.dialect('it-compat-moto-project', 'moto')
aws.accessKeyDialect('AKIDCOMPATMOTOADD', 'moto')
aws.putPipeline('it-compat-moto', new File(basedir, 'pipeline.json').text)
// What moto stores for a project created with the dummy locations it insists on.
aws.putProject('it-compat-moto-project', '''{
  "source": {"type": "CODEPIPELINE", "location": "codepipeline", "buildspec": "integration_buildspec.yml"},
  "artifacts": {"type": "CODEPIPELINE", "location": "codepipeline"},
  "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/amazonlinux-x86_64-standard:5.0",
    "computeType": "BUILD_GENERAL1_SMALL"},
  "serviceRole": "arn:aws:iam::123456789012:role/it-compat-moto-role"
}''')
true
