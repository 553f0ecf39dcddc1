import dev.cloudtest.it.LocalAwsControl

// An existing project with settings cloudtest does not own: they must survive the update.
def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
aws.putRole('it-update-role')
aws.putPipeline('it-update', new File(basedir, 'pipeline.json').text)
aws.putProject('it-update-project', '''{
  "source": {"type": "CODEPIPELINE", "buildspec": "ci/it.yml"},
  "artifacts": {"type": "CODEPIPELINE"},
  "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:5.0",
    "computeType": "BUILD_GENERAL1_MEDIUM", "privilegedMode": true,
    "environmentVariables": [{"name": "KEEP_ME", "value": "yes", "type": "PLAINTEXT"}]},
  "serviceRole": "arn:aws:iam::123456789012:role/it-update-role",
  "timeoutInMinutes": 45
}''')
true
