import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.dialect('it-compat-moto-upd', 'moto')
aws.dialect('it-compat-moto-upd-project', 'moto')
aws.putPipeline('it-compat-moto-upd', new File(basedir, 'pipeline.json').text)
aws.putProject('it-compat-moto-upd-project', '''{
  "source": {"type": "CODEPIPELINE", "location": "codepipeline", "buildspec": "integration_buildspec.yml"},
  "artifacts": {"type": "CODEPIPELINE", "location": "codepipeline"},
  "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:5.0",
    "computeType": "BUILD_GENERAL1_SMALL"},
  "serviceRole": "arn:aws:iam::123456789012:role/it-compat-moto-role"
}''')
true
