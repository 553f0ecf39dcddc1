import dev.cloudtest.it.MotoSeed

def moto = MotoSeed.at(motoEndpoint)
moto.createPipeline('it-moto-upd', new File(basedir, 'pipeline.json').text)
moto.createPipelineProject('it-moto-upd-project', 'integration_buildspec.yml', 'aws/codebuild/standard:5.0',
        moto.serviceRole('it-moto-role'))
true
