import dev.cloudtest.it.MotoSeed

def moto = MotoSeed.at(motoEndpoint)
moto.createRole('AWSCodePipelineServiceRole-demo', '/service-role/')
moto.createPipeline(new File(basedir, 'pipeline.json').text)
moto.json('CodeBuild_20161006.CreateProject', '''{
  "name": "it-moto-upd-project",
  "source": {"type": "CODEPIPELINE", "location": "codepipeline", "buildspec": "integration_buildspec.yml"},
  "artifacts": {"type": "CODEPIPELINE", "location": "codepipeline"},
  "environment": {"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:5.0",
                  "computeType": "BUILD_GENERAL1_SMALL"},
  "serviceRole": "arn:aws:iam::123456789012:role/it-moto-role"
}''')
true
