import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-takeover-role')
aws.putPipeline('it-takeover', new File(basedir, 'pipeline.json').text)
aws.putProject('it-takeover-build-project', '''{
  "source": {"type": "GITHUB", "location": "https://github.com/example/app.git"},
  "artifacts": {"type": "NO_ARTIFACTS"},
  "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_SMALL"},
  "serviceRole": "arn:aws:iam::123456789012:role/it-takeover-role"
}''')
true
