import dev.cloudtest.it.MotoSeed

def moto = MotoSeed.at(motoEndpoint)
// moto checks that the pipeline's role exists, as AWS does.
moto.createRole('AWSCodePipelineServiceRole-demo', '/service-role/')
moto.createPipeline(new File(basedir, 'pipeline.json').text)
true
