// Seeds a pipeline, a role and a fault the way other ITs do before their build runs.
import dev.cloudtest.it.LocalAwsControl

def aws = LocalAwsControl.at(localAwsEndpoint).awaitHealthy()
assert aws.putRole('it-control-role') == 'arn:aws:iam::123456789012:role/it-control-role'
aws.putPipeline('it-control', '''{"pipeline": {"name": "ignored", "roleArn": "arn:aws:iam::123456789012:role/p",
  "artifactStore": {"type": "S3", "location": "bucket-1"}, "futureField": {"kept": true},
  "stages": [{"name": "Source", "actions": []}, {"name": "Deploy", "actions": []}], "version": 2}}''')
aws.putStack('it-control-stack', '{"outputs": [{"OutputKey": "ApiUrl", "OutputValue": "https://x"}]}')
true
